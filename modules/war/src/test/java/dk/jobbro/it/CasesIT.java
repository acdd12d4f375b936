package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first real slice, cases, over real HTTP against PostgreSQL: tenancy, validation, masking, access log. */
class CasesIT {

  private static final String CASES = "api/v1/cases";

  URL base = SharedDeployment.url();

  private static String newCase(String cpr, String takeover) {
    return """
        {"cpr": "%s", "name": "Amina Haddad", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, takeover);
  }

  private Api.Reply create(String kommune, String cpr, String takeover) {
    return new Api(base).post(CASES, Tokens.caseworker(kommune), newCase(cpr, takeover));
  }

  @Test
  void aCaseworkerRegistersAPersonAndReadsTheCaseWithDeadlines() {
    String cpr = "150885-" + TestCpr.random().substring(7, 10) + "2"; // even last digit: female
    Api.Reply created = create("101", cpr, "2026-01-31");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    URI location = URI.create(created.header("Location").orElseThrow());
    assertThat(location.toString()).doesNotContain(cpr.replace("-", "")).doesNotContain(cpr);
    JsonObject body = created.json();
    assertThat(body.getString("cpr")).isEqualTo("150885-xxxx");
    assertThat(body.getBoolean("cprMasked")).isTrue();

    Api.Reply read = new Api(base).get(location, Tokens.caseworker("101"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isPresent();
    JsonObject view = read.json();
    assertThat(view.getString("kommune")).isEqualTo("101");
    assertThat(view.getString("gender")).isEqualTo("FEMALE");
    assertThat(view.getString("birthDate")).isEqualTo("1985-08-15");
    assertThat(view.getString("residenceBasis")).isEqualTo("REFUGEE");
    assertThat(view.getJsonObject("firstOffer").getString("targetDate")).isEqualTo("2026-02-14");
    // one calendar month after 31 January is the last day of February
    assertThat(view.getJsonObject("firstOffer").getString("latestDate")).isEqualTo("2026-02-28");
  }

  @Test
  void anotherKommunesCaseIsNotFoundExactlyLikeACaseThatDoesNotExist() {
    URI location = URI.create(create("101", TestCpr.random(), "2026-03-02").header("Location").orElseThrow());
    Api api = new Api(base);

    Api.Reply foreign = api.get(location, Tokens.caseworker("410"));
    Api.Reply missing = api.get(CASES + "/7b0a2c7e-0000-4000-8000-000000000000", Tokens.caseworker("410"));

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.isProblem()).isTrue();
    assertThat(foreign.json().getString("detail")).isEqualTo(missing.json().getString("detail"));
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void withoutATokenTheCaseIsUnauthorized() {
    URI location = URI.create(create("101", TestCpr.random(), "2026-03-02").header("Location").orElseThrow());
    assertThat(new Api(base).get(location, null).status()).isEqualTo(401);
  }

  @Test
  void ministryAndConsultantTokensSeeNoPersonLevelCases() {
    Api api = new Api(base);
    assertThat(api.get(CASES, Tokens.ministryAnalyst()).status()).isEqualTo(403);
    assertThat(api.get(CASES, Tokens.admin()).status()).isEqualTo(403);
    assertThat(api.get(CASES, Tokens.sender("drk")).status()).isEqualTo(403);
  }

  @Test
  void anInvalidCprIs400NamingCprWithoutEchoingIt() {
    Api.Reply reply = create("101", "310299-1234", "2026-03-02"); // 31 February

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(fields(reply)).containsExactly("cpr");
    assertThat(reply.body()).doesNotContain("310299").doesNotContain("1234");
  }

  @Test
  void aJanuaryFirstCprThatFailsModulus11IsAccepted() {
    String cpr = TestCpr.januaryFirstFailingModulus11();
    assertThat(TestCpr.passesModulus11(cpr.replace("-", ""))).isFalse();

    Api.Reply reply = create("350", cpr, "2026-04-01");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().getString("birthDate")).isEqualTo("1990-01-01");
  }

  @Test
  void missingFieldsAreAllNamed() {
    Api.Reply reply = new Api(base).post(CASES, Tokens.caseworker("101"), "{}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactlyInAnyOrder("cpr", "name", "residenceBasis", "takeoverDate");
  }

  @Test
  void malformedJsonWrongTypesAndUnknownFieldsAre400NamingTheField() {
    Api api = new Api(base);
    String token = Tokens.caseworker("101");

    Api.Reply malformed = api.post(CASES, token, "{\"cpr\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.isProblem()).isTrue();
    assertThat(fields(malformed)).containsExactly("body");

    Api.Reply badDate = api.post(CASES, token, newCase(TestCpr.random(), "2026-13-45"));
    assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
    assertThat(fields(badDate)).containsExactly("takeoverDate");

    Api.Reply badEnum = api.post(CASES, token, newCase(TestCpr.random(), "2026-03-01")
        .replace("REFUGEE", "ASTRONAUT"));
    assertThat(badEnum.status()).as(badEnum.toString()).isEqualTo(400);
    assertThat(fields(badEnum)).containsExactly("residenceBasis");

    Api.Reply unknown = api.post(CASES, token, newCase(TestCpr.random(), "2026-03-01")
        .replace("}", ", \"nickname\": \"x\"}"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("nickname");
  }

  @Test
  void anUnknownKommuneIs400AndAnotherKommuneIs403() {
    Api api = new Api(base);
    String withUnknown = newCase(TestCpr.random(), "2026-03-01").replace("}", ", \"kommune\": \"999\"}");
    Api.Reply unknown = api.post(CASES, Tokens.caseworker("101"), withUnknown);
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("kommune");

    String withOther = newCase(TestCpr.random(), "2026-03-01").replace("}", ", \"kommune\": \"410\"}");
    assertThat(api.post(CASES, Tokens.caseworker("101"), withOther).status()).isEqualTo(403);
  }

  @Test
  void theSamePersonTwiceInOneKommuneIsAConflict() {
    String cpr = TestCpr.random();
    assertThat(create("751", cpr, "2026-03-01").status()).isEqualTo(201);
    Api.Reply again = create("751", cpr, "2026-03-01");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).doesNotContain(cpr.substring(0, 6));
  }

  @Test
  void concurrentRegistrationsOfOnePersonCreateExactlyOneCase() throws Exception {
    String body = newCase(TestCpr.random(), "2026-03-01");
    String token = Tokens.caseworker("751");
    Api api = new Api(base);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        replies.add(pool.submit(() -> api.post(CASES, token, body).status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (var reply : replies) {
        statuses.add(reply.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFullCprIsShownOnlyWhenAskedAndThatReadIsLogged() throws Exception {
    String cpr = TestCpr.random();
    Api.Reply created = create("101", cpr, "2026-03-02");
    String id = created.json().getString("id");

    Api.Reply full = new Api(base).get(CASES + "/" + id + "?reveal=cpr", Tokens.caseworker("101"));

    assertThat(full.status()).isEqualTo(200);
    assertThat(full.json().getString("cpr")).isEqualTo(cpr);
    assertThat(full.json().getBoolean("cprMasked")).isFalse();
    // the read's row comes from the server's access-log writer, a moment after the answer
    ItDatabase.countReaching(2, "select count(*) from audit.access_log where resource_id = ?::uuid", id);
    try (Connection db = ItDatabase.connect();
        PreparedStatement q = db.prepareStatement(
            "select action, subject, role, kommune_kode from audit.access_log where resource_id = ?::uuid order by at")) {
      q.setString(1, id);
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
        }
      }
      assertThat(rows).containsExactly("CREATE caseworker-101 caseworker 101",
          "READ_FULL_CPR caseworker-101 caseworker 101");
    }
  }

  @Test
  void listsPageThroughOnlyTheCallersKommune() {
    String kommune = "492"; // Ærø; other tests may add cases here too, so the test follows its own three
    List<String> ours = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Api.Reply created = create(kommune, TestCpr.random(), LocalDate.of(2026, 2, 1 + i).toString());
      assertThat(created.status()).isEqualTo(201);
      ours.add(created.json().getString("id"));
    }
    Api api = new Api(base);

    List<String> seen = new ArrayList<>();
    JsonObject first = api.get(CASES + "?page=1&size=2", Tokens.caseworker(kommune)).json();
    long total = first.getJsonNumber("total").longValue();
    assertThat(total).isGreaterThanOrEqualTo(3);
    for (int page = 1; (page - 1) * 2 < total; page++) {
      JsonObject p = api.get(CASES + "?page=" + page + "&size=2", Tokens.caseworker(kommune)).json();
      assertThat(p.getJsonArray("items").size()).isLessThanOrEqualTo(2);
      p.getJsonArray("items").forEach(item -> {
        assertThat(item.asJsonObject().getString("cpr")).endsWith("-xxxx");
        seen.add(item.asJsonObject().getString("id"));
      });
    }
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates().containsAll(ours);
    List<String> elsewhere = api.get(CASES + "?size=100", Tokens.caseworker("825")).json().getJsonArray("items")
        .stream().map(i -> i.asJsonObject().getString("id")).toList();
    assertThat(elsewhere).doesNotContainAnyElementsOf(ours);
  }

  @Test
  void pageParametersOutOfRangeAre400NamingThem() {
    Api api = new Api(base);
    assertThat(fields(api.get(CASES + "?size=101", Tokens.caseworker("101")))).containsExactly("size");
    assertThat(fields(api.get(CASES + "?page=0", Tokens.caseworker("101")))).containsExactly("page");
    assertThat(fields(api.get(CASES + "?page=abc", Tokens.caseworker("101")))).containsExactly("page");
  }

  @Test
  void aBirthDateAfterTheTakeoverDateOrInTheFutureIs400NamingCpr() {
    String today = DanishDate.today().toString();
    // digit 7 of 4 makes 36 the year 2036, of 5 to 8 makes 37 the year 2037
    for (String cpr : List.of("010136-4" + serial(), "150637-5" + serial(), "010100-4" + serial())) {
      String takeover = cpr.startsWith("010100") ? "1999-12-31" : today;
      Api.Reply reply = create("101", cpr, takeover);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      assertThat(fields(reply)).containsExactly("cpr");
      assertThat(reply.body()).doesNotContain(cpr.substring(7));
    }
  }

  @Test
  void aChangedTakeoverDateIsCheckedLikeTheFirst() {
    LocalDate today = DanishDate.today();
    LocalDate birth = today.minusYears(18).minusMonths(3);
    String cpr = TestCpr.bornOn(birth);
    Api.Reply created = create("101", cpr, today.toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String takeover = created.header("Location").orElseThrow() + "/takeover";
    String etag = created.header("ETag").orElseThrow();

    Api.Reply underage = putTakeover(takeover, etag, today.minusMonths(6).toString());
    assertThat(underage.status()).as(underage.toString()).isEqualTo(400);
    assertThat(fields(underage)).containsExactly("takeoverDate");
    assertThat(underage.json().getJsonArray("violations").getJsonObject(0).getString("message")).contains("under 18");
    Api.Reply beforeBirth = putTakeover(takeover, etag, birth.minusDays(1).toString());
    assertThat(fields(beforeBirth)).containsExactly("takeoverDate");
    Api.Reply tooFarAhead = putTakeover(takeover, etag, today.plusYears(2).toString());
    assertThat(fields(tooFarAhead)).containsExactly("takeoverDate");
    Api.Reply extreme = putTakeover(takeover, etag, "+999999999-12-31");
    assertThat(fields(extreme)).containsExactly("takeoverDate");
    assertThat(putTakeover(takeover, etag, today.minusMonths(1).toString()).status()).isEqualTo(200);
  }

  private Api.Reply putTakeover(String takeover, String etag, String date) {
    Api api = new Api(base);
    return api.send(Api.request(URI.create(takeover), Tokens.caseworker("101"))
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"takeoverDate\": \"" + date + "\"}")));
  }

  /** Three random digits of a CPR serial (the fourth digit, the century digit, is the caller's). */
  private static String serial() {
    return String.format("%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream()
        .map(v -> v.asJsonObject().getString("field")).toList();
  }
}
