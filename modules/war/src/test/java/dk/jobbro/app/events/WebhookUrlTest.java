package dk.jobbro.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {

  /** No allowed hosts: the default, where only https to public addresses passes. */
  private static final Set<String> NONE = Set.of();

  @Test
  void httpsToAPublicAddressPassesAndAnAllowedHostMayBeHttpAndInternal() {
    // literal addresses: the rule resolves host names, and a test must not depend on DNS
    assertThat(WebhookUrl.check("https://9.9.9.9/jobbro/events?x=1", NONE).getHost()).isEqualTo("9.9.9.9");
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
    assertRefused("http://9.9.9.9/hook", NONE);
    assertRefused("http://9.9.9.9/hook", Set.of("9.9.9.10"));
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
  void anIpv6AddressCarryingAnInternalIpv4AddressIsRefused() {
    for (String internal : List.of(
        "https://[::ffff:a00:1]/x", // IPv4-mapped 10.0.0.1, written in hex
        "https://[::ffff:0:a9fe:a9fe]/x", // IPv4-translated 169.254.169.254
        "https://[::10.0.0.1]/x", "https://[::127.0.0.1]/x", "https://[::a9fe:a9fe]/x", // IPv4-compatible
        "https://[2002:7f00:1::1]/x", "https://[2002:c0a8:10a::]/x", // 6to4 of 127.0.0.1 and 192.168.1.10
        "https://[2002:a9fe:a9fe:1::5]/latest", // 6to4 of the cloud metadata address
        "https://[64:ff9b::10.1.2.3]/x", "https://[64:ff9b::6440:1]/x", // NAT64 of 10.1.2.3 and 100.64.0.1
        "https://[64:ff9b:1::808:808]/x", "https://[64:ff9b:1:abcd::1]/x", // local-use NAT64, whatever it holds
        // Teredo: the client's address is stored inverted (f5ff:fffe is 10.0.0.1); the server's is plain
        "https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/x", "https://[2001:0:a00:1:8000:63bf:3fff:fdd2]/x",
        // RFC 4380's own example: its client, 192.0.2.45, is a documentation address that reaches nowhere
        "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x")) {
      assertRefused(internal, NONE);
    }
  }

  @Test
  void anIpv6AddressCarryingAPublicIpv4AddressIsPublic() throws Exception {
    for (String address : List.of("::ffff:0:808:808", "::808:808", "2002:909:909::1", "64:ff9b::9.9.9.9",
        "2001:0:4136:e378:8000:63bf:f6f6:f6f6")) { // the last: Teredo, server 65.54.227.120, client 9.9.9.9
      assertThat(WebhookUrl.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }
    assertThat(WebhookUrl.check("https://[2002:909:909::1]/hook", NONE).getHost()).isEqualTo("[2002:909:909::1]");
  }

  @Test
  void theEmbeddedAddressIsReadWhereEachMechanismPutsIt() throws Exception {
    assertThat(embedded("::ffff:10.0.0.1")).containsExactly("10.0.0.1");
    assertThat(embedded("::192.168.1.1")).containsExactly("192.168.1.1");
    assertThat(embedded("2002:c633:6407:5::9")).containsExactly("198.51.100.7");
    assertThat(embedded("64:ff9b::7f00:1")).containsExactly("127.0.0.1");
    assertThat(embedded("2001:0:4136:e378:8000:63bf:3fff:fdd2")).containsExactly("65.54.227.120", "192.0.2.45");
    assertThat(embedded("2001:db8::1")).as("documentation, not Teredo").isEmpty();
    assertThat(embedded("2a00:1450:4001:81a::200e")).isEmpty();
  }

  private static List<String> embedded(String ipv6) throws Exception {
    byte[] bytes = InetAddress.getByName(ipv6).getAddress();
    // Java turns ::ffff:a.b.c.d into a 4-byte address; the rule must read the 16-byte form too
    byte[] full = bytes.length == 16 ? bytes : new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, bytes[0],
        bytes[1], bytes[2], bytes[3]};
    List<String> found = new ArrayList<>();
    for (byte[] v4 : EmbeddedIpv4.in(full)) {
      found.add(InetAddress.getByAddress(v4).getHostAddress());
    }
    return found;
  }

  @Test
  void aHostThatDoesNotResolveIsRefused() {
    assertThat(WebhookUrl.refusal(URI.create("https://no-such-host.invalid/hook"), NONE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("does not resolve"));
  }

  @Test
  void publicAddressesArePublic() throws Exception {
    // the last four lie just outside a refused range: 172.16.0.0/12, 100.64.0.0/10, 198.18.0.0/15, 192.0.2.0/24
    for (String address : List.of("8.8.8.8", "9.9.9.9", "2001:4860:4860::8888", "2a00:1450:4001:81a::200e",
        "172.32.0.1", "100.128.0.1", "198.20.0.1", "192.0.3.1")) {
      assertThat(WebhookUrl.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }
  }

  @Test
  void documentationBenchmarkingAndOtherSpecialPurposeAddressesAreRefused() throws Exception {
    for (String address : List.of("192.0.2.1", "198.51.100.7", "203.0.113.9", "192.0.0.8", "192.88.99.1",
        "198.19.255.1", "100::1", "100::ffff:ffff:ffff:ffff", "2001:db8::1", "2001:2::5", "3fff:fff::1", "5f00::1",
        "64:ff9b::198.51.100.7")) {
      assertThat(WebhookUrl.isPublic(InetAddress.getByName(address))).as(address).isFalse();
    }
    assertRefused("https://[2001:db8:85a3::8a2e:370:7334]/hook", NONE);
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
