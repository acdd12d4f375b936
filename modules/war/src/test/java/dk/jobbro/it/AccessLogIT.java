package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The access log as a data protection officer and an auditor read it, and its tamper evidence. Data: persons in
 * Odense (461) with their own random CPR numbers, a Middelfart (410) vacancy with an occupation code of their own;
 * the chain test alters one of its own rows and restores it before it ends.
 */
class AccessLogIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String SEARCH = "api/v1/access-log/search";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  /** A 30-year-old's CPR number that passes the checks cases make. */
  private static String adultCpr() {
    LocalDate birth = TODAY.minusYears(30).minusDays(ThreadLocalRandom.current().nextInt(1, 300));
    return TestCpr.bornOn(birth);
  }

  /** A job-ready case in {@code kommune} with experience in {@code occupation}; returns its id. */
  private String candidate(String kommune, String cpr, String occupation) {
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(kommune), """
        {"cpr": "%s", "name": "Hana Yusuf", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "languages": [{"language": "da", "level": "B2"}]}""".formatted(cpr, TODAY.minusMonths(2)));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().getString("id");
    Api.Reply put = send("PUT", "api/v1/cases/" + id + "/competences", Tokens.caseworker(kommune),
        r.header("ETag").orElseThrow(), """
            {"education": [{"level": "VOCATIONAL", "years": 3}],
             "workExperience": [{"occupationCode": "%s", "description": "Building work", "years": 5}]}"""
            .formatted(occupation));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    return id;
  }

  /** A Middelfart vacancy open to kommuner within 60 km (Odense is 45 km away). */
  private String vacancy(String occupation) {
    Api.Reply employer = api().post("api/v1/employers", Tokens.consultant("410"), """
        {"cvr": "%s", "name": "Fyns Tømrer ApS", "sector": "PRIVATE", "locationKommune": "410"}"""
        .formatted(TestCvr.random()));
    assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
    Api.Reply v = api().post("api/v1/vacancies", Tokens.consultant("410"), """
        {"employerId": "%s", "title": "Tømrer", "occupationCode": "%s", "persons": 1, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "410", "offerType": "ORDINARY_JOB",
         "languages": [{"language": "da", "level": "B1"}], "openToOtherKommuner": true, "maxCommuteKm": 60}"""
        .formatted(employer.json().getString("id"), occupation, TODAY.plusMonths(1)));
    assertThat(v.status()).as(v.toString()).isEqualTo(201);
    return v.json().getString("id");
  }

  private Api.Reply search(String token, String json) {
    return api().post(SEARCH + "?size=100", token, json);
  }

  private static List<JsonObject> items(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** A text field of a row, or null when the row has none (JSON-B leaves null fields out). */
  private static String text(JsonObject row, String field) {
    return row.containsKey(field) && !row.isNull(field) ? row.getString(field) : null;
  }

  private static boolean is(JsonObject row, String field, String value) {
    return value.equals(text(row, field));
  }

  private static Set<String> values(List<JsonObject> rows, String field) {
    return rows.stream().filter(r -> text(r, field) != null).map(r -> text(r, field))
        .collect(Collectors.toSet());
  }

  @Test
  void theOfficerOfThePersonsKommuneSeesEveryAccessWhoeverReadAndNoOtherKommuneDoes() {
    String cpr = adultCpr();
    String occupation = TestOccupations.unused('8');
    // a sender hands the person over to Odense; Odense's caseworker registers and reads the case
    Api.Reply handover = api().post("api/v1/handovers", Tokens.sender("redcross"),
        HandoverIT.handover(cpr, "461"));
    assertThat(handover.status()).as(handover.toString()).isEqualTo(201);
    String caseId = candidate("461", cpr, occupation);
    assertThat(api().get("api/v1/cases/" + caseId, Tokens.caseworker("461")).status()).isEqualTo(200);
    // København's caseworker tries to register the same person: refused, and logged against Odense's case
    Api.Reply refused = api().post("api/v1/cases", Tokens.caseworker("101"), """
        {"cpr": "%s", "name": "Hana Yusuf", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, TODAY.minusMonths(1)));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    // Middelfart's consultant is shown the person as a pseudonymised candidate
    String vacancy = vacancy(occupation);
    Api.Reply candidates = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100",
        Tokens.consultant("410"));
    assertThat(candidates.status()).as(candidates.toString()).isEqualTo(200);
    assertThat(candidates.json().getJsonArray("otherKommuner").getValuesAs(JsonObject.class))
        .anyMatch(p -> p.getString("kommune").equals("461")
            && p.getJsonArray("occupationCodes").toString().contains(occupation));

    // another kommune's officer sees nothing of it, by CPR number or by case id
    assertThat(items(search(Tokens.privacyOfficer("101"), "{\"cpr\": \"" + cpr + "\"}"))).isEmpty();
    assertThat(items(search(Tokens.privacyOfficer("851"), "{\"cpr\": \"" + cpr + "\"}"))).isEmpty();
    assertThat(search(Tokens.privacyOfficer("101"), "{\"caseId\": \"" + caseId + "\"}").status()).isEqualTo(404);

    // Odense's officer sees every access: two kommuner's caseworkers, another kommune's consultant, the sender
    List<JsonObject> rows = items(search(Tokens.privacyOfficer("461"), "{\"cpr\": \"" + cpr + "\"}"));
    assertThat(values(rows, "role")).contains("caseworker", "employer-consultant", "handover-sender");
    assertThat(values(rows, "userKommune")).contains("461", "101", "410");
    assertThat(rows).anyMatch(r -> is(r, "action", "CREATE")
        && is(r, "resourceType", "handover") && is(r, "role", "handover-sender")
        && text(r, "userKommune") == null);
    assertThat(rows).anyMatch(r -> is(r, "action", "READ") && is(r, "resourceId", caseId)
        && is(r, "user", "caseworker-461"));
    assertThat(rows).anyMatch(r -> is(r, "action", "REGISTER_REFUSED_ACTIVE_ELSEWHERE")
        && is(r, "userKommune", "101") && is(r, "resourceId", caseId));
    assertThat(rows).anyMatch(r -> is(r, "action", "MATCH") && is(r, "resourceId", vacancy)
        && is(r, "user", "employer-consultant-410"));
    assertThat(rows).allMatch(r -> r.getJsonArray("personKommuner").toString().equals("[\"461\"]"));
    assertThat(rows).noneMatch(r -> r.toString().contains(cpr.substring(0, 6)));

    // by case id the same rows, and the officer's own read of the log is there too
    List<JsonObject> byCase = items(search(Tokens.privacyOfficer("461"), "{\"caseId\": \"" + caseId + "\"}"));
    assertThat(byCase).anyMatch(r -> is(r, "action", "AUDIT_READ")
        && is(r, "role", "privacy-officer") && is(r, "userKommune", "461"));
    assertThat(values(byCase, "action")).containsAll(values(rows, "action"));

    // filtered by action and period (to tomorrow: a run may cross Danish midnight); per user. Other classes' candidate
    // searches (vacancies reaching Odense or every kommune) may show this person too, each logged as a MATCH of its
    // own vacancy: of ours there is exactly one.
    List<JsonObject> matches = items(search(Tokens.privacyOfficer("461"), """
        {"cpr": "%s", "action": "MATCH", "from": "%s", "to": "%s"}""".formatted(cpr, TODAY, TODAY.plusDays(1))));
    assertThat(matches).allMatch(r -> is(r, "action", "MATCH"));
    List<JsonObject> ourMatches = matches.stream().filter(r -> is(r, "resourceId", vacancy)).toList();
    assertThat(ourMatches).hasSize(1);
    assertThat(ourMatches.get(0).getString("userKommune")).isEqualTo("410");
    assertThat(items(search(Tokens.privacyOfficer("461"), """
        {"cpr": "%s", "to": "%s"}""".formatted(cpr, TODAY.minusDays(1))))).isEmpty();
    List<JsonObject> consultant = items(search(Tokens.privacyOfficer("461"), """
        {"user": "employer-consultant-410", "from": "%s"}""".formatted(TODAY)));
    assertThat(consultant).anyMatch(r -> is(r, "resourceId", vacancy));
    assertThat(consultant).allMatch(r -> is(r, "user", "employer-consultant-410"));

    // the auditor reads every kommune's log, including the officers' reads of it
    List<JsonObject> audited = items(search(Tokens.auditor(), "{\"cpr\": \"" + cpr + "\"}"));
    assertThat(values(audited, "userKommune")).contains("461", "101", "410");
    assertThat(audited).anyMatch(r -> is(r, "action", "AUDIT_READ")
        && is(r, "user", "privacy-officer-461"));

    // CSV export, logged as an export
    Api.Reply csv = api().send(Api.request(api().uri("api/v1/access-log/export"), Tokens.privacyOfficer("461"),
        "text/csv").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"cpr\": \"" + cpr + "\"}")));
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFat;user;role;userKommune;action;");
    assertThat(csv.body()).contains(";employer-consultant-410;employer-consultant;410;MATCH;vacancy-candidates;" + vacancy);
    assertThat(items(search(Tokens.privacyOfficer("461"), "{\"cpr\": \"" + cpr + "\", \"action\": \"AUDIT_EXPORT\"}")))
        .hasSize(1);
  }

  @Test
  void onlyOfficersAndAuditorsReadTheLogAndOnlyTheirOwnKommunes() {
    assertThat(search(Tokens.caseworker("461"), "{}").status()).isEqualTo(403);
    assertThat(search(Tokens.ministryAnalyst(), "{}").status()).isEqualTo(403);
    assertThat(api().get("api/v1/access-log/chain", Tokens.admin()).status()).isEqualTo(403);
    Api.Reply other = search(Tokens.privacyOfficer("461"), "{\"kommune\": \"101\"}");
    assertThat(other.status()).as(other.toString()).isEqualTo(400);
    assertThat(other.body()).contains("kommune");
    Api.Reply both = search(Tokens.privacyOfficer("461"),
        "{\"cpr\": \"" + adultCpr() + "\", \"caseId\": \"" + java.util.UUID.randomUUID() + "\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(search(Tokens.privacyOfficer("461"), "{\"cpr\": \"12345\"}").status()).isEqualTo(400);
    // a case of one's own kommune is found even before anyone read it; another kommune's is a 404 like none at all
    assertThat(search(Tokens.privacyOfficer("461"), "{\"caseId\": \"" + java.util.UUID.randomUUID() + "\"}")
        .status()).isEqualTo(404);
  }

  @Test
  void theDatabaseRefusesChangesAndTheChainNamesTheFirstAlteredRow() throws Exception {
    String caseId = candidate("461", adultCpr(), TestOccupations.unused('8'));
    // reads in parallel: every commit takes its own link, none forks the chain
    Parallel reads = new Parallel();
    for (int i = 0; i < 12; i++) {
      reads.add(() -> assertThat(api().get("api/v1/cases/" + caseId, Tokens.caseworker("461")).status())
          .isEqualTo(200));
    }
    reads.run();
    // their rows come from the server's access-log writer, a moment after the answers
    assertThat(ItDatabase.countReaching(12, "select count(*) from audit.access_log where resource_id = ?::uuid"
        + " and action = 'READ'", caseId)).isGreaterThanOrEqualTo(12);
    JsonObject before = chain();
    assertThat(before.getBoolean("intact")).as(before.toString()).isTrue();

    try (Connection db = ItDatabase.connect()) {
      String rowId;
      long seq;
      try (PreparedStatement q = db.prepareStatement("select l.id::text, c.seq from audit.access_log l "
          + "join audit.access_log_chain c on c.log_id = l.id where l.resource_id = ?::uuid and l.action = 'READ' "
          + "order by c.seq limit 1")) {
        q.setString(1, caseId);
        try (ResultSet rs = q.executeQuery()) {
          assertThat(rs.next()).isTrue();
          rowId = rs.getString(1);
          seq = rs.getLong(2);
        }
      }
      // the table's owner (whom the tests and the run command connect as) is refused by the trigger; each attempt
      // runs in a transaction that is rolled back, so nothing could be lost even if a refusal were missing
      assertThat(refusal(db, "update audit.access_log set action = 'NOTHING' where id = '" + rowId + "'"))
          .contains("append-only");
      assertThat(refusal(db, "delete from audit.access_log where id = '" + rowId + "'")).contains("append-only");
      assertThat(refusal(db, "truncate audit.access_log_chain")).contains("append-only");
      // the role a runtime login that does not own the schema gets: by its grants it may insert and read, no more
      String asAppender = "set local role jobbro_audit_append; ";
      assertThat(refusal(db, asAppender + "update audit.access_log set action = 'NOTHING' where id = '" + rowId + "'"))
          .startsWith("42501");
      assertThat(refusal(db, asAppender + "delete from audit.access_log where id = '" + rowId + "'"))
          .startsWith("42501");
      assertThat(refusal(db, asAppender + "insert into audit.access_log_chain select * from audit.access_log_chain "
          + "limit 1")).startsWith("42501");
      // the retention role may delete (rolled back here: retention is not this test's business)
      db.setAutoCommit(false);
      try {
        execute(db, "set local role jobbro_audit_retention");
        try (Statement s = db.createStatement()) {
          assertThat(s.executeUpdate("delete from audit.access_log where id = '" + rowId + "'")).isEqualTo(1);
        }
      } finally {
        db.rollback();
        db.setAutoCommit(true);
      }

      // someone who can switch the triggers off (a superuser) alters the row: the chain check names it
      execute(db, "set session_replication_role = replica");
      try {
        execute(db, "update audit.access_log set action = 'LIST' where id = '" + rowId + "'");
        JsonObject broken = chain();
        assertThat(broken.getBoolean("intact")).as(broken.toString()).isFalse();
        JsonObject link = broken.getJsonObject("firstBroken");
        assertThat(link.getJsonNumber("seq").longValue()).isEqualTo(seq);
        assertThat(link.getString("rowId")).isEqualTo(rowId);
        assertThat(link.getString("reason")).isEqualTo("ROW_ALTERED");
        // the privacy officer may run the check too
        assertThat(api().get("api/v1/access-log/chain", Tokens.privacyOfficer("461")).json()
            .getJsonObject("firstBroken").getString("rowId")).isEqualTo(rowId);
      } finally {
        execute(db, "update audit.access_log set action = 'READ' where id = '" + rowId + "'");
        execute(db, "set session_replication_role = origin");
      }
    }
    JsonObject after = chain();
    assertThat(after.getBoolean("intact")).as(after.toString()).isTrue();
    assertThat(after.getJsonNumber("links").longValue()).isGreaterThan(before.getJsonNumber("links").longValue());
  }

  private JsonObject chain() {
    Api.Reply r = api().get("api/v1/access-log/chain", Tokens.auditor());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  /** Runs the statements in a transaction that is rolled back; returns the SQL state and message of the refusal. */
  private static String refusal(Connection db, String sql) throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute(sql);
      return "executed";
    } catch (SQLException refused) {
      return refused.getSQLState() + " " + refused.getMessage();
    } finally {
      db.rollback();
      db.setAutoCommit(true);
    }
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }
}
