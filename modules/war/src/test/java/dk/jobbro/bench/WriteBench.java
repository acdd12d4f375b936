package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.it.Api;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.TestCpr;
import dk.jobbro.it.Tokens;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a timed test: what one instance does with single writes, for the README's capacity section. A
 * jobcentre's commonest writes are sent by 16 clients at once over real HTTP/1.1 with keep-alive, as kommune systems
 * would: registering a case ({@code POST /cases}: the case, its four deadline tasks, a journal entry, an event and an
 * access-log row, in one transaction) and a company-oriented offer on each case registered ({@code POST
 * /cases/{id}/offers}). A first round of each warms the JIT and is printed as such; the second is the figure. Each line
 * gives requests per second, latency p50 and p99, and the CPU the server JVM and PostgreSQL spent per request (from
 * /proc), the server's split into its request threads, JIT compilers, collector and the rest: on a machine shared with
 * other work the CPU says what a write costs, the wall time what the machine allowed, and the request threads' share
 * what the write itself costs while the JIT is still compiling.
 * The clients send plain requests (no OpenAPI check of each answer, as the tests' {@link Api} does), so that their own
 * CPU takes as little from the server as it can. Run with {@code mvn verify -Pbench -Dit.test=WriteBench}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WriteBench {

  private static final String KOMMUNE = "751"; // Aarhus
  private static final int CLIENTS = 16;
  private static final int WARM = 3_000;
  private static final int MEASURED = 4_000;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  @Test
  void registrationsAndOffers() throws Exception {
    String employer = new Api(base).registerEmployer(Api.TEST_EMPLOYER_CVR);
    String caseworker = Tokens.caseworker(KOMMUNE);
    for (int round = 0; round < 2; round++) {
      int count = round == 0 ? WARM : MEASURED;
      String label = round == 0 ? "warm-up" : "measured";
      List<HttpRequest> registrations = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        registrations.add(post("api/v1/cases", caseworker, """
            {"cpr": "%s", "name": "Bench Person", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
            .formatted(TestCpr.random(), TODAY.minusDays(3))));
      }
      List<String> cases = send("registration", label, registrations, 201, WriteBench::id);
      List<HttpRequest> offers = new ArrayList<>(count);
      for (String caseId : cases) {
        offers.add(post("api/v1/cases/" + caseId + "/offers", caseworker, """
            {"type": "VIRKSOMHEDSPRAKTIK", "startDate": "%s", "employerCvr": "%s"}""".formatted(TODAY, employer)));
      }
      send("offer", label, offers, 201, body -> body);
    }
  }

  private static String id(String json) {
    try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
      return reader.readObject().getString("id");
    }
  }

  private HttpRequest post(String path, String token, String json) {
    return Api.request(new Api(base).uri(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  /**
   * Sends the requests on {@link #CLIENTS} threads, each answer checked for its status, and prints the figures.
   *
   * @return what {@code result} takes from each answer's body, in the requests' order
   */
  private static List<String> send(String kind, String label, List<HttpRequest> requests, int status,
      Function<String, String> result) throws Exception {
    long server = ProcessCpu.testServer();
    long postgres = ProcessCpu.testDatabase();
    long[] nanos = new long[requests.size()];
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    double serverCpu = ProcessCpu.of(server);
    Map<String, Double> threads = ProcessCpu.byThreadKind(server);
    double postgresCpu = ProcessCpu.withChildren(postgres);
    long started = System.nanoTime();
    List<Future<String>> answers = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      int n = i;
      answers.add(clients.submit(() -> {
        long sent = System.nanoTime();
        HttpResponse<String> r = HTTP.send(requests.get(n), HttpResponse.BodyHandlers.ofString());
        nanos[n] = System.nanoTime() - sent;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return result.apply(r.body());
      }));
    }
    List<String> results = new ArrayList<>(requests.size());
    for (Future<String> answer : answers) {
      results.add(answer.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    serverCpu = ProcessCpu.of(server) - serverCpu;
    Map<String, Double> before = threads;
    threads = ProcessCpu.byThreadKind(server);
    threads.replaceAll((thread, cpu) -> cpu - before.getOrDefault(thread, 0.0));
    postgresCpu = ProcessCpu.withChildren(postgres) - postgresCpu;
    clients.shutdown();
    Arrays.sort(nanos);
    int n = requests.size();
    StringBuilder byKind = new StringBuilder();
    threads.forEach((k, cpu) -> byKind.append(byKind.isEmpty() ? "" : ", ").append(k)
        .append(String.format(" %.2f", 1000 * cpu / n)));
    System.out.printf("[bench] writes, %s (%s): %d from %d clients in %.1f s = %.0f requests/s; latency p50 %.1f ms, "
            + "p99 %.1f ms; CPU per request: server JVM %.2f ms (%s), PostgreSQL %.2f ms; load average %s%n",
        kind, label, n, CLIENTS, seconds, n / seconds, nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6,
        1000 * serverCpu / n, byKind, 1000 * postgresCpu / n, ProcessCpu.loadAverage());
    return results;
  }
}
