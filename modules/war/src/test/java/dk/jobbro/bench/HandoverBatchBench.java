package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.it.Api;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.HandoverIT;
import dk.jobbro.it.TestCpr;
import dk.jobbro.it.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a timed test: batches of 10,000 handovers over real HTTP, each of other persons. The first batch
 * after the deployment runs on a cold JIT and is reported as such; the later ones are the warm figure (the JIT
 * still compiles during the second and third, so the last batch is the one to quote). Besides wall
 * time each line gives the CPU seconds the server JVM, PostgreSQL (postmaster and backends) and this client used
 * during the batch, read from /proc, and the load average: on a shared machine that is what makes the figure mean
 * something. With {@code -Dbench.jfr=FILE} the last batch is recorded by JFR in the server's JVM (jcmd).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoverBatchBench {

  private static final int RECORDS = 10_000;
  private static final int WARM_BATCHES = 4;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  @Test
  void tenThousandHandoversInOneBatch() throws Exception {
    Api api = new Api(base);
    String sender = Tokens.sender("redcross");
    long server = ProcessCpu.testServer();
    long postgres = ProcessCpu.testDatabase();
    long client = ProcessHandle.current().pid();
    System.out.printf("[bench] handover batch: server JVM pid %d, PostgreSQL postmaster pid %d%n", server, postgres);
    String jfr = System.getProperty("bench.jfr");
    for (int run = 0; run <= WARM_BATCHES; run++) {
      String body = body(); // built before the clock starts: the client's work is not the server's
      boolean recorded = jfr != null && run == WARM_BATCHES && server > 0;
      if (recorded) {
        jcmd(server, "JFR.start", "name=batch", "settings=profile", "filename=" + Path.of(jfr).toAbsolutePath());
      }
      double serverCpu = ProcessCpu.of(server);
      double postgresCpu = ProcessCpu.withChildren(postgres);
      double clientCpu = ProcessCpu.of(client);
      long started = System.nanoTime();
      Api.Reply reply = api.send(batch(api, sender, body));
      double seconds = (System.nanoTime() - started) / 1e9;
      serverCpu = ProcessCpu.of(server) - serverCpu;
      postgresCpu = ProcessCpu.withChildren(postgres) - postgresCpu;
      clientCpu = ProcessCpu.of(client) - clientCpu;
      if (recorded) {
        jcmd(server, "JFR.stop", "name=batch");
      }
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonObject result = reply.json();
      assertThat(result.getInt("created") + result.getInt("duplicates")).isEqualTo(RECORDS);
      System.out.printf("[bench] handover batch %d (%s): %d records (%d created, %d duplicates) in %.2f s = %.0f "
              + "records/s; CPU s: server JVM %.2f, PostgreSQL %.2f, bench client %.2f; load average %s%n",
          run + 1, run == 0 ? "cold JIT, first after deploy" : "warm", RECORDS, result.getInt("created"),
          result.getInt("duplicates"), seconds, RECORDS / seconds, serverCpu, postgresCpu, clientCpu,
          ProcessCpu.loadAverage());
    }
  }

  /** A batch of persons never sent before (random CPR numbers). */
  private static String body() {
    List<String> records = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      records.add(HandoverIT.handover(TestCpr.random(), "773"));
    }
    return "[" + String.join(",", records) + "]";
  }

  private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        Long.toString(pid)));
    line.addAll(List.of(command));
    Process p = new ProcessBuilder(line).inheritIO().start();
    assertThat(p.waitFor()).as("jcmd " + String.join(" ", command)).isZero();
  }

  private static HttpRequest.Builder batch(Api api, String token, String json) {
    return Api.request(api.uri("api/v1/handovers/batch"), token).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
  }
}
