package dk.jobbro.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {

  @Test
  void httpAndHttpsAddressesPass() {
    assertThat(WebhookUrl.check("https://it.kommune.dk/jobbro/events?x=1").getHost()).isEqualTo("it.kommune.dk");
    assertThat(WebhookUrl.check("http://127.0.0.1:8089/hook").getPort()).isEqualTo(8089);
  }

  @Test
  void otherSchemesCredentialsAndFragmentsAreRefused() {
    for (String bad : List.of("ftp://x.dk/", "file:///etc/passwd", "https://user:pw@x.dk/", "https://x.dk/#a",
        "/relative", "https:///nohost", "not a url")) {
      assertThatThrownBy(() -> WebhookUrl.check(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class,
          e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("url"));
    }
  }
}
