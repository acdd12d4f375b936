package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event feed (dk.jobbro.app.events), black-box: events in order from a cursor, none for a change that rolled back,
 * none served past a transaction still running, none with a CPR number or a name. Kommuner 253 and 665 and the sender
 * {@code feed-it} are this test's; it follows only the events of what it created. It runs against the probe
 * deployment, whose OutboxProbe rolls a change back after the event. The webhooks are WebhooksIT's.
 */
@ExtendWith(ReportWriters.Share.class) // writes cases: not during PrivacyIT's retention run
class EventFeedIT {

  private static final LocalDate TODAY = DanishDate.today();
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

  // ---------------------------------------------------------------------------------------------------------------

  /** An event as read, with the cursor that resumes after it. */
  private record Entry(JsonObject event, String cursorAfter) {
    boolean mentions(String id) {
      return event.getString("subject").equals(id) || event.getJsonObject("data").toString().contains(id);
    }
  }



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
}
