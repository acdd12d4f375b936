package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.jobbro.it.Api;
import dk.jobbro.it.DanishDate;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.TestCpr;
import dk.jobbro.it.Tokens;
import jakarta.json.Json;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of speed: cases registered over HTTP by 4 clients at once, each event delivered by webhook to a
 * receiver on loopback. Latency runs from the moment the registration's 201 arrived (the change had committed) to the
 * moment the receiver got the event; throughput is events delivered per second over the whole run (bounded by how
 * fast the 4 clients register cases). Run with {@code mvn verify -Pbench -Dit.test=WebhookBench}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookBench {

  private static final String KOMMUNE = "230"; // Rudersdal
  private static final int EVENTS = 1_000;
  private static final int CLIENTS = 4;
  private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    WebArchive war = Deployments.jobbro();
    String config;
    try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    war.delete(CONFIG);
    return war.add(new StringAsset(config + "\njobbro.webhooks.poll-interval=PT0.1S\n"), CONFIG);
  }

  @ArquillianResource
  URL base;

  @Test
  void casesToWebhook() throws Exception {
    Api api = new Api(base);
    Map<String, Long> committed = new ConcurrentHashMap<>();
    Map<String, Long> arrived = new ConcurrentHashMap<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.setExecutor(Executors.newFixedThreadPool(8));
    receiver.createContext("/hook", exchange -> {
      long now = System.nanoTime();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      arrived.putIfAbsent(Json.createReader(new StringReader(body)).readObject().getString("subject"), now);
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    String token = Tokens.integration(KOMMUNE);
    String subscription = api.post("api/v1/subscriptions", token, """
        {"url": "http://127.0.0.1:%d/hook", "eventTypes": ["dk.jobbro.case.opened"], "secret": "%s"}"""
        .formatted(receiver.getAddress().getPort(), "bench-" + UUID.randomUUID())).json().getString("id");
    try {
      String cw = Tokens.caseworker(KOMMUNE);
      LocalDate takeover = DanishDate.today().minusDays(3);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      for (int i = 0; i < EVENTS; i++) {
        clients.submit(() -> {
          Api.Reply r = api.post("api/v1/cases", cw, """
              {"cpr": "%s", "name": "Bench Person", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
              .formatted(TestCpr.random(), takeover));
          committed.put(r.json().getString("id"), System.nanoTime());
        });
      }
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (!arrived.keySet().containsAll(committed.keySet()) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(arrived.keySet()).containsAll(committed.keySet());
      long last = committed.keySet().stream().mapToLong(arrived::get).max().orElseThrow();
      long[] latency = committed.entrySet().stream().mapToLong(e -> arrived.get(e.getKey()) - e.getValue())
          .sorted().toArray();
      System.out.printf("[bench] webhooks: %d events from %d clients, %.0f events/s commit-to-receiver; latency "
              + "p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", EVENTS, CLIENTS, EVENTS / ((last - start) / 1e9),
          latency[latency.length / 2] / 1e6, latency[latency.length * 99 / 100] / 1e6,
          latency[latency.length - 1] / 1e6);
    } finally {
      receiver.stop(0);
      api.send(Api.request(api.uri("api/v1/subscriptions/" + subscription), token).DELETE());
    }
  }
}
