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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event feed and webhooks (dk.jobbro.app.events), black-box: events in order from a cursor, none for a change that
 * rolled back, none served past a transaction still running; webhooks delivered to a receiver this test starts on
 * loopback, signed, retried and dead-lettered when it is down, and redelivered. Kommuner 253 and 665 and the sender
 * {@code feed-it} are this test's; it follows only the events of what it created. It runs against the probe
 * deployment: its OutboxProbe rolls a change back after the event, and its webhook retries are fast enough to watch
 * (rounds every 200 ms: {@link Deployments#PROBE_SETTINGS}; 3 attempts, 200 ms apart: the test domain's settings).
 */
@ExtendWith(ReportWriters.Share.class) // writes cases: not during PrivacyIT's retention run
class EventFeedIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
  private static final String KOMMUNE = "253";
  private static final String OTHER_KOMMUNE = "665";
  private static final String INTEGRATION = Tokens.integration(KOMMUNE);

  private final URL base = ProbeDeployment.url();

  @Test
  void theFeedServesACaseInOrderFromACursorAndResumes() throws Exception {
    Api api = new Api(base);
    String start = drain(api, INTEGRATION);
    String cpr = TestCpr.random();
    String cw = Tokens.caseworker(KOMMUNE);
    // a reader already waiting is answered when the case commits (long-poll)
    CompletableFuture<JsonObject> waiting = CompletableFuture.supplyAsync(() -> feed(api, INTEGRATION, start, 30));
    String caseId = api.post("api/v1/cases", cw, """
        {"cpr": "%s", "name": "Hamid Rahimi", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, TODAY.minusDays(5))).json().getString("id");
    assertThat(waiting.get(60, TimeUnit.SECONDS).getJsonArray("events")).isNotEmpty();
    // the offer names a registered company: this test registers it, whichever class ran before
    String offer = api.post("api/v1/cases/" + caseId + "/offers", cw, "{\"type\": \"LOENTILSKUD\", \"startDate\": \""
        + TODAY + "\", \"employerCvr\": \"" + api.registerEmployer(Api.TEST_EMPLOYER_CVR) + "\"}").json()
        .getString("id");
    String etag = api.get("api/v1/cases/" + caseId + "/offers/" + offer, cw).header("ETag").orElseThrow();
    api.send(Api.request(api.uri("api/v1/cases/" + caseId + "/offers/" + offer + "/end"), cw)
        .header("If-Match", etag).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"endDate\": \"" + TODAY.plusMonths(3) + "\"}")));

    List<Entry> mine = readUntil(api, INTEGRATION, start, 4, e -> e.mentions(caseId));
    assertThat(mine).extracting(e -> e.event().getString("type")).containsExactly("dk.jobbro.case.opened",
        "dk.jobbro.offer.started", "dk.jobbro.case.first-offer-met", "dk.jobbro.offer.ended");
    JsonObject opened = mine.get(0).event();
    assertThat(opened.getString("specversion")).isEqualTo("1.0");
    assertThat(opened.getString("source")).isEqualTo("/jobbro/caseload");
    assertThat(opened.getString("subject")).isEqualTo(caseId);
    assertThat(opened.getJsonObject("data").getString("kommune")).isEqualTo(KOMMUNE);
    assertThat(mine.get(1).event().getString("subject")).isEqualTo(offer);
    for (Entry e : mine) {
      assertThat(e.event().toString()).doesNotContain(cpr.substring(0, 6)).doesNotContain("Hamid")
          .doesNotContain("Rahimi");
    }

    // resuming from the cursor after the second event gives the rest, as after a client's restart
    List<Entry> rest = readUntil(api, INTEGRATION, mine.get(1).cursorAfter(), 2, e -> e.mentions(caseId));
    assertThat(rest).extracting(e -> e.event().getString("id"))
        .containsExactly(mine.get(2).event().getString("id"), mine.get(3).event().getString("id"));

    // another kommune's feed does not have them, a caseworker has no feed, a bad cursor is a 400 naming 'after'
    assertThat(feed(api, Tokens.integration(OTHER_KOMMUNE), start, 0).toString()).doesNotContain(caseId);
    assertThat(api.get("api/v1/events", cw).status()).isEqualTo(403);
    assertThat(api.get("api/v1/cases/" + caseId, INTEGRATION).status()).as("no person's data for IT").isEqualTo(403);
    Api.Reply bad = api.get("api/v1/events?after=12", INTEGRATION);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"after\"");
    assertThat(api.get("api/v1/events?limit=501", INTEGRATION).status()).isEqualTo(400);
    assertThat(api.get("api/v1/events?wait=31", INTEGRATION).status()).isEqualTo(400);
  }

  @Test
  void aRolledBackChangeHasNoEvent() {
    Api api = new Api(base);
    String start = drain(api, INTEGRATION);
    String rolledBack = UUID.randomUUID().toString();
    String committed = UUID.randomUUID().toString();
    assertThat(probe(api, rolledBack, true)).isEqualTo("rolled back");
    assertThat(probe(api, committed, false)).isEqualTo("committed");
    List<Entry> seen = readUntil(api, INTEGRATION, start, 1, e -> e.mentions(committed));
    assertThat(seen).hasSize(1);
    assertThat(all(api, INTEGRATION, start)).noneMatch(e -> e.mentions(rolledBack));
  }

  /**
   * The cursor's promise: a row of a transaction that is still running when a later one commits is not skipped. The
   * test holds a transaction open with an outbox row in it, commits a case meanwhile, and the feed serves neither
   * until the first ends; then both, the older transaction's first.
   */
  @Test
  void aLaterCommitIsNotServedPastAnEarlierTransactionStillRunning() throws Exception {
    Api api = new Api(base);
    String start = drain(api, INTEGRATION);
    String early = UUID.randomUUID().toString();
    String caseId;
    try (Connection db = ItDatabase.connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement("""
          insert into events.outbox (txid, audience, event_id, source, type, subject, time, data)
          values (pg_current_xact_id(), ?, gen_random_uuid(), '/jobbro/caseload', 'dk.jobbro.case.opened', ?, now(),
                  cast(? as jsonb))""")) {
        insert.setString(1, "kommune:" + KOMMUNE);
        insert.setString(2, early);
        insert.setString(3, "{\"caseId\": \"" + early + "\"}");
        insert.executeUpdate();
      }
      caseId = api.post("api/v1/cases", Tokens.caseworker(KOMMUNE), """
          {"cpr": "%s", "name": "Leyla Karimi", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
          .formatted(TestCpr.random(), TODAY.minusDays(3))).json().getString("id");
      String held = caseId;
      assertThat(all(api, INTEGRATION, start)).noneMatch(e -> e.mentions(held) || e.mentions(early));
      db.commit();
    }
    String committed = caseId;
    List<Entry> both = readUntil(api, INTEGRATION, start, 2, e -> e.mentions(early) || e.mentions(committed));
    assertThat(both).extracting(e -> e.event().getString("subject")).containsExactly(early, caseId);
  }

  @Test
  void aSenderFollowsItsHandoversStatus() {
    Api api = new Api(base);
    String sender = Tokens.sender("feed-it");
    String start = drain(api, sender);
    String kommuneStart = drain(api, INTEGRATION);
    String cpr = TestCpr.random();
    Api.Reply submitted = api.post("api/v1/handovers", sender, HandoverIT.handover(cpr, KOMMUNE));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String id = submitted.json().getString("id");
    api.get("api/v1/handovers/" + id, Tokens.caseworker(KOMMUNE)); // the kommune reads it: received
    Api.Reply withdrawn = api.send(Api.request(api.uri("api/v1/handovers/" + id + "/withdraw"), sender)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("")));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

    List<Entry> mine = readUntil(api, sender, start, 3, e -> e.mentions(id));
    assertThat(mine).extracting(e -> e.event().getString("type")).containsExactly("dk.jobbro.handover.sent",
        "dk.jobbro.handover.received", "dk.jobbro.handover.withdrawn");
    assertThat(mine).allSatisfy(e -> assertThat(e.event().toString()).doesNotContain(cpr.substring(0, 6))
        .doesNotContain("Amina").doesNotContain("Haddad"));
    // the kommune's IT sees the same events
    assertThat(all(api, INTEGRATION, kommuneStart).stream().filter(e -> e.mentions(id))
        .map(e -> e.event().getString("id"))).containsExactlyElementsOf(mine.stream().map(e -> e.event().getString("id")).toList());
  }

  /** No row of the outbox, whoever wrote it, carries a CPR number or a name. */
  @Test
  void noEventCarriesACprNumberOrAName() throws Exception {
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("""
            select count(*) filter (where data::text ~ '"(cpr|name|personName|firstName|lastName)"'),
                   count(*) filter (where data::text ~ '(?<![0-9a-f-])[0-3][0-9][01][0-9]{3}-?[0-9]{4}(?![0-9a-f])'),
                   count(*)
              from events.outbox""")) {
      rows.next();
      assertThat(rows.getLong(1)).as("rows with a cpr or name field").isZero();
      assertThat(rows.getLong(2)).as("rows with something like a CPR number").isZero();
      assertThat(rows.getLong(3)).isPositive();
    }
  }

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

  /** An event as read, with the cursor that resumes after it. */
  private record Entry(JsonObject event, String cursorAfter) {
    boolean mentions(String id) {
      return event.getString("subject").equals(id) || event.getJsonObject("data").toString().contains(id);
    }
  }

  private record Received(int port, Map<String, String> headers, String body) {}

  private static JsonObject feed(Api api, String token, String after, int wait) {
    Api.Reply reply = api.get("api/v1/events?limit=500&wait=" + wait + (after == null ? "" : "&after=" + after),
        token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** The cursor at the end of the feed as it stands. */
  private static String drain(Api api, String token) {
    String cursor = "0.0";
    while (true) {
      JsonObject page = feed(api, token, cursor, 0);
      cursor = page.getString("next");
      if (page.getJsonArray("events").isEmpty()) {
        return cursor;
      }
    }
  }

  /** Every event after the cursor as the feed stands now, each with its own resume cursor (pages of one). */
  private static List<Entry> all(Api api, String token, String after) {
    List<Entry> found = new ArrayList<>();
    String cursor = after;
    while (true) {
      Api.Reply reply = api.get("api/v1/events?limit=1&after=" + cursor, token);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonObject page = reply.json();
      if (page.getJsonArray("events").isEmpty()) {
        return found;
      }
      cursor = page.getString("next");
      found.add(new Entry(page.getJsonArray("events").getJsonObject(0), cursor));
    }
  }

  /** Reads on (long-polling) until {@code count} events match, for at most a minute. */
  private static List<Entry> readUntil(Api api, String token, String after, int count, Predicate<Entry> wanted) {
    List<Entry> found = new ArrayList<>();
    String cursor = after;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (found.size() < count && System.nanoTime() < deadline) {
      List<Entry> page = all(api, token, cursor);
      if (page.isEmpty()) {
        feed(api, token, cursor, 2);
        continue;
      }
      cursor = page.get(page.size() - 1).cursorAfter();
      page.stream().filter(wanted).forEach(found::add);
    }
    return found;
  }

  private static String probe(Api api, String caseId, boolean rollBack) {
    return api.send(Api.request(api.uri("api/test/outbox?kommune=" + KOMMUNE + "&case=" + caseId + "&rollback="
        + rollBack), Tokens.admin(), "text/plain").POST(HttpRequest.BodyPublishers.noBody())).body();
  }

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
