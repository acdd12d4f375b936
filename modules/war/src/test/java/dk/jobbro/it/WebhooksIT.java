package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.jobbro.app.events.Subscriptions;
import dk.jobbro.devenv.LocalKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks (dk.jobbro.app.events), black-box: no subscription may point into the network, its secret is stored
 * encrypted; events are delivered to a receiver this test starts on loopback, signed, retried and dead-lettered while
 * it is down, and redelivered once it is up. Kommune 756 and its IT are this test's (an event of another probe
 * class's kommune never reaches its subscriptions). It runs against the probe deployment, whose webhook retries are
 * fast enough to watch (rounds every 200 ms: {@link Deployments#PROBE_SETTINGS}; 3 attempts, 200 ms apart: the test
 * domain's settings).
 */
@ExtendWith(ReportWriters.Share.class) // writes a case: not during PrivacyIT's retention run
class WebhooksIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "756";
  private static final String OTHER_KOMMUNE = "665";
  private static final String INTEGRATION = Tokens.integration(KOMMUNE);

  private final URL base = ProbeDeployment.url();

  @Test
  void aWebhookMustNotPointIntoTheNetworkAndItsSecretIsStoredEncrypted() throws Exception {
    Api api = new Api(base);
    String secret = "s3cret-" + UUID.randomUUID();
    // the test domain allows 127.0.0.1 alone (ItEnvironment): the rest of loopback and the internal ranges are
    // refused, and so is plain http to anything not allowed
    for (String internal : List.of("https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data/",
        "https://localhost/hook", "https://[::1]:8080/hook", "https://192.168.1.10/hook",
        "http://198.51.100.7/hook")) {
      Api.Reply refused = api.post("api/v1/subscriptions", INTEGRATION, """
          {"url": "%s", "secret": "%s"}""".formatted(internal, secret));
      assertThat(refused.status()).as(internal).isEqualTo(400);
      assertThat(refused.body()).as(internal).contains("\"url\"").doesNotContain(secret);
    }

    // https to a public address is taken (nothing is sent to it: no handover of this class's own kommune is withdrawn
    // while the subscription exists; a documentation address would be refused, since it reaches nowhere)
    Api.Reply created = api.post("api/v1/subscriptions", INTEGRATION, """
        {"url": "https://9.9.9.9/jobbro", "eventTypes": ["dk.jobbro.handover.withdrawn"], "secret": "%s"}"""
        .formatted(secret));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    try (Connection db = ItDatabase.connect();
        PreparedStatement s = db.prepareStatement("select secret from events.subscription where id = ?::uuid")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        String stored = r.getString(1);
        assertThat(stored).startsWith(LocalKeys.KEY_ID + ":").doesNotContain(secret);
        assertThat(ItDatabase.CIPHER.decrypt(stored, Subscriptions.SECRET_COLUMN.context())).isEqualTo(secret);
      }
    } finally {
      api.send(Api.request(api.uri("api/v1/subscriptions/" + id), INTEGRATION).DELETE());
    }
  }

  @Test
  void aWebhookIsSignedRetriedDeadLetteredAndRedelivered() throws Exception {
    Api api = new Api(base);
    String secret = "s3cret-" + UUID.randomUUID();
    BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    HttpServer receiver = receiver(0, received);
    int downPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      downPort = s.getLocalPort(); // closed again: nothing listens there
    }
    String up = null;
    String down = null;
    try {
      Api.Reply refused = api.post("api/v1/subscriptions", INTEGRATION, """
          {"url": "ftp://127.0.0.1/x", "secret": "%s"}""".formatted(secret));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body()).contains("\"url\"");
      assertThat(api.post("api/v1/subscriptions", INTEGRATION, """
          {"url": "http://127.0.0.1/x", "secret": "short"}""").body()).contains("\"secret\"");
      assertThat(api.post("api/v1/subscriptions", INTEGRATION, """
          {"url": "http://127.0.0.1/x", "secret": "%s", "eventTypes": ["dk.jobbro.case.eaten"]}"""
          .formatted(secret)).body()).contains("eventTypes[0]");

      Api.Reply created = api.post("api/v1/subscriptions", INTEGRATION, """
          {"url": "http://127.0.0.1:%d/hook", "eventTypes": ["dk.jobbro.case.opened"], "secret": "%s"}"""
          .formatted(receiver.getAddress().getPort(), secret));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      assertThat(created.body()).doesNotContain(secret);
      up = created.json().getString("id");
      down = api.post("api/v1/subscriptions", INTEGRATION, """
          {"url": "http://127.0.0.1:%d/hook", "eventTypes": ["dk.jobbro.case.opened"], "secret": "%s"}"""
          .formatted(downPort, secret)).json().getString("id");
      assertThat(api.get("api/v1/subscriptions/" + up, Tokens.integration(OTHER_KOMMUNE)).status()).isEqualTo(404);
      assertThat(api.get("api/v1/subscriptions/" + up, INTEGRATION).body()).doesNotContain(secret);

      String caseId = api.post("api/v1/cases", Tokens.caseworker(KOMMUNE), """
          {"cpr": "%s", "name": "Nadia Sultani", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
          .formatted(TestCpr.random(), TODAY.minusDays(2))).json().getString("id");

      // delivered to the receiver that is up, signed over "<t>.<body>" with the secret
      Received hook = next(received, r -> r.body().contains(caseId));
      assertThat(hook.headers().get("content-type")).isEqualTo("application/cloudevents+json");
      String signature = hook.headers().get("jobbro-signature");
      assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
      String t = signature.substring(2, signature.indexOf(','));
      assertThat(signature.substring(signature.indexOf("v1=") + 3)).isEqualTo(hmac(secret, t + "." + hook.body()));
      JsonObject event = Json.createReader(new StringReader(hook.body())).readObject();
      assertThat(event.getString("type")).isEqualTo("dk.jobbro.case.opened");
      assertThat(event.getString("subject")).isEqualTo(caseId);
      assertThat(event.toString()).doesNotContain("Nadia").doesNotContain("Sultani");
      String upId = up;
      JsonObject delivered = waitFor(() -> deliveries(api, upId, "DELIVERED"),
          d -> d.getString("eventId").equals(event.getString("id")));
      assertThat(delivered.getString("deliveredAt")).isNotBlank();

      // the receiver that is down: tried max-attempts times, then DEAD_LETTER
      String downId = down;
      JsonObject dead = waitFor(() -> deliveries(api, downId, "DEAD_LETTER"),
          d -> d.getString("eventId").equals(event.getString("id")));
      assertThat(dead.getInt("attempts")).isEqualTo(3);
      assertThat(dead.getString("lastError")).isNotBlank();

      // it comes up, and a redelivery reaches it
      HttpServer revived = receiver(downPort, received);
      try {
        Api.Reply again = api.send(Api.request(api.uri("api/v1/subscriptions/" + down + "/deliveries/"
            + dead.getString("id") + "/redelivery"), INTEGRATION).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("status")).isEqualTo("PENDING");
        Received redelivered = next(received, r -> r.port() == downPort && r.body().contains(caseId));
        assertThat(redelivered.headers().get("jobbro-delivery")).isEqualTo(dead.getString("id"));
        waitFor(() -> deliveries(api, downId, "DELIVERED"), d -> d.getString("id").equals(dead.getString("id")));
      } finally {
        revived.stop(0);
      }
    } finally {
      receiver.stop(0);
      for (String id : new String[] {up, down}) {
        if (id != null) {
          api.send(Api.request(api.uri("api/v1/subscriptions/" + id), INTEGRATION).DELETE());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  private record Received(int port, Map<String, String> headers, String body) {}

  private static List<JsonObject> deliveries(Api api, String subscription, String status) {
    Api.Reply reply = api.get("api/v1/subscriptions/" + subscription + "/deliveries?size=100&status=" + status,
        INTEGRATION);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject waitFor(Supplier<List<JsonObject>> list, Predicate<JsonObject> match)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      for (JsonObject o : list.get()) {
        if (match.test(o)) {
          return o;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not there within a minute");
  }

  private static Received next(BlockingQueue<Received> queue, Predicate<Received> match) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Received r = queue.poll(1, TimeUnit.SECONDS);
      if (r != null && match.test(r)) {
        return r;
      }
    }
    throw new AssertionError("no webhook arrived within a minute");
  }

  /** A webhook receiver on loopback that records what it gets and answers 204. */
  private static HttpServer receiver(int port, BlockingQueue<Received> received) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      received.add(new Received(server.getAddress().getPort(), headers, body));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static String hmac(String secret, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
