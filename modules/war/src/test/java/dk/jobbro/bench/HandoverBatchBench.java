package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.it.Api;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.HandoverIT;
import dk.jobbro.it.TestCpr;
import dk.jobbro.it.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Benchmark, not a timed test: one batch of 10,000 handovers over real HTTP; prints records per second. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoverBatchBench {

  private static final int RECORDS = 10_000;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  @Test
  void tenThousandHandoversInOneBatch() {
    Api api = new Api(base);
    String sender = Tokens.sender("redcross");
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < RECORDS; i++) {
      body.append(i == 0 ? "" : ",").append(HandoverIT.handover(TestCpr.random(), "773"));
    }
    body.append(']');
    api.send(batch(api, sender, "[" + HandoverIT.handover(TestCpr.random(), "773") + "]")); // warm-up
    long started = System.nanoTime();
    Api.Reply reply = api.send(batch(api, sender, body.toString()));
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject result = reply.json();
    assertThat(result.getInt("created") + result.getInt("duplicates")).isEqualTo(RECORDS);
    System.out.printf("[bench] handover batch: %d records (%d created, %d duplicates) in %.2f s = %.0f records/s%n",
        RECORDS, result.getInt("created"), result.getInt("duplicates"), seconds, RECORDS / seconds);
  }

  private static HttpRequest.Builder batch(Api api, String token, String json) {
    return Api.request(api.uri("api/v1/handovers/batch"), token).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
  }
}
