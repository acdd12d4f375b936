package dk.jobbro.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {

  /** No allowed hosts: the default, where only https to public addresses passes. */
  private static final Set<String> NONE = Set.of();

  @Test
  void httpsToAPublicAddressPassesAndAnAllowedHostMayBeHttpAndInternal() {
    // literal addresses: the rule resolves host names, and a test must not depend on DNS
    assertThat(WebhookUrl.check("https://198.51.100.7/jobbro/events?x=1", NONE).getHost()).isEqualTo("198.51.100.7");
    assertThat(WebhookUrl.check("http://127.0.0.1:8089/hook", Set.of("127.0.0.1")).getPort()).isEqualTo(8089);
    assertThat(WebhookUrl.check("https://10.1.2.3/hook", Set.of("10.1.2.3")).getHost()).isEqualTo("10.1.2.3");
    assertThat(WebhookUrl.check("http://[::1]:9000/hook", Set.of("::1")).getPort()).isEqualTo(9000);
  }

  @Test
  void otherSchemesCredentialsAndFragmentsAreRefused() {
    for (String bad : List.of("ftp://x.dk/", "file:///etc/passwd", "https://user:pw@x.dk/", "https://x.dk/#a",
        "/relative", "https:///nohost", "not a url")) {
      assertRefused(bad, NONE);
    }
  }

  @Test
  void plainHttpIsRefusedUnlessTheHostIsAllowed() {
    assertRefused("http://198.51.100.7/hook", NONE);
    assertRefused("http://198.51.100.7/hook", Set.of("198.51.100.8"));
  }

  @Test
  void addressesInsideTheNetworkAreRefusedUnlessTheHostIsAllowed() {
    for (String internal : List.of("https://127.0.0.1/x", "https://127.8.9.10/x", "https://[::1]/x",
        "https://10.0.0.5/x", "https://172.20.1.1/x", "https://192.168.1.10/x", "https://169.254.169.254/latest",
        "https://100.64.0.1/x", "https://0.0.0.0/x", "https://[fd00::1]/x", "https://[fe80::1]/x",
        "https://[::ffff:127.0.0.1]/x", "https://224.0.0.1/x", "https://255.255.255.255/x")) {
      assertRefused(internal, NONE);
      assertRefused(internal, Set.of("198.51.100.7"));
    }
  }

  @Test
  void aHostThatDoesNotResolveIsRefused() {
    assertThat(WebhookUrl.refusal(URI.create("https://no-such-host.invalid/hook"), NONE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("does not resolve"));
  }

  @Test
  void publicAddressesArePublic() throws Exception {
    for (String address : List.of("198.51.100.7", "8.8.8.8", "2001:db8::1", "172.32.0.1", "100.128.0.1")) {
      assertThat(WebhookUrl.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }
  }

  @Test
  void theSettingIsACommaSeparatedListOfHostsCaseAndBlanksIgnored() {
    assertThat(WebhookUrl.allowedHosts(" Integration.Kommune.local, 127.0.0.1 ,,[::1]"))
        .containsExactlyInAnyOrder("integration.kommune.local", "127.0.0.1", "::1");
    assertThat(WebhookUrl.allowedHosts("")).isEmpty();
    assertThat(WebhookUrl.check("http://INTEGRATION.kommune.local/hook",
        WebhookUrl.allowedHosts("integration.kommune.local")).getHost()).isEqualTo("INTEGRATION.kommune.local");
  }

  private static void assertRefused(String url, Set<String> allowed) {
    assertThatThrownBy(() -> WebhookUrl.check(url, allowed)).as(url).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("url"));
  }
}
