package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Reports computed from data entered through the API: figures, suppression, scope and CSV. */
@Isolated // ranks all 98 kommuner: another class's data half entered would move the ranks it asserts
class ReportsIT {

  URL base = SharedDeployment.url();

  /** A person born in 1985 whose CPR's last digit gives the gender. */
  private static String cpr(boolean male) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return TestCpr.bornOn(java.time.LocalDate.of(1985, 1 + r.nextInt(12), 1 + r.nextInt(28)), male);
  }

  private String caseIn(String kommune, boolean male, String takeover) {
    Api.Reply reply = new Api(base).post("api/v1/cases", Tokens.caseworker(kommune), """
        {"cpr": "%s", "name": "Report Person", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr(male), takeover));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("id");
  }

  private void selfSupporting(String kommune, String id, String date) {
    Api api = new Api(base);
    String etag = api.get("api/v1/cases/" + id, Tokens.caseworker(kommune)).header("ETag").orElseThrow();
    Api.Reply reply = api.send(Api.request(api.uri("api/v1/cases/" + id + "/self-supporting"),
        Tokens.caseworker(kommune)).header("If-Match", etag).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"ORDINARY_JOB\", \"date\": \"" + date + "\"}")));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static JsonObject row(JsonObject report, String kommune) {
    return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("kommune").equals(kommune)).findFirst().orElseThrow();
  }

  @Test
  void selfSupportingHidesSmallCountsAndWhatWouldRevealThem() {
    for (int i = 0; i < 5; i++) {
      selfSupporting("840", caseIn("840", true, "2018-03-01"), "2018-09-01");
    }
    selfSupporting("840", caseIn("840", false, "2018-03-01"), "2018-10-01");
    Api api = new Api(base);

    JsonObject report = api.get("api/v1/reports/self-supporting?year=2018", Tokens.ministryAnalyst()).json();

    assertThat(report.getString("definitionVersion")).isEqualTo("self-supporting/1");
    assertThat(report.getJsonObject("parameters").getString("year")).isEqualTo("2018");
    assertThat(report.getString("dataCutOff")).isNotBlank();
    assertThat(report.getJsonArray("rows")).hasSize(98);
    JsonObject rebild = row(report, "840");
    assertThat(rebild.isNull("women")).isTrue(); // 1 woman
    List<String> hidden = rebild.getJsonArray("suppressed").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
    assertThat(hidden).contains("women");
    // with the total 6 shown, 5 men would give the 1 woman away: one of them must be hidden too
    assertThat(rebild.isNull("men") || rebild.isNull("total")).isTrue();
    assertThat(report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> !r.isNull("men")).map(r -> r.getJsonNumber("men").longValue()))
        .as("zeros are shown where they protect nobody").contains(0L);

    JsonObject own = api.get("api/v1/reports/self-supporting?year=2018", Tokens.caseworker("840")).json();
    assertThat(own.getJsonArray("rows")).hasSize(1);
    assertThat(row(own, "840").toString()).isEqualTo(rebild.toString());
    assertThat(api.get("api/v1/reports/self-supporting?year=2018", Tokens.caseworker("101")).json()
        .getJsonArray("rows").getJsonObject(0).getString("kommune")).isEqualTo("101");
    assertThat(api.get("api/v1/reports/self-supporting?year=2018", Tokens.sender("drk")).status()).isEqualTo(403);
  }

  @Test
  void aSnapshotShowsWhatLateRegistrationsChanged() {
    Api api = new Api(base);
    // 2019: a year no other test registers self-support in, so the one man below is alone in the table
    selfSupporting("820", caseIn("820", true, "2019-03-01"), "2019-12-01");
    Api.Reply published = api.post("api/v1/reports/snapshots", Tokens.ministryAnalyst(),
        "{\"report\": \"self-supporting\", \"parameters\": {\"year\": \"2019\"}}");
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    String snapshot = published.header("Location").orElseThrow();
    assertThat(api.get(java.net.URI.create(snapshot), Tokens.ministryAnalyst()).json().getString("report"))
        .isEqualTo("self-supporting");
    assertThat(api.get(java.net.URI.create(snapshot + "/changes"), Tokens.ministryAnalyst()).json()
        .getJsonArray("changes")).isEmpty();

    for (int i = 0; i < 6; i++) { // a late registration: six more men in Vesthimmerlands in 2019
      selfSupporting("820", caseIn("820", true, "2019-03-01"), "2019-11-15");
    }

    JsonObject changes = api.get(java.net.URI.create(snapshot + "/changes"), Tokens.ministryAnalyst()).json();
    assertThat(changes.getJsonArray("changes").stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("row").equals("820") && c.getString("column").equals("men")))
        .singleElement().satisfies(c -> {
          assertThat(c.containsKey("before") && !c.isNull("before")).isFalse(); // 1 man was suppressed
          assertThat(c.getInt("after")).isEqualTo(7);
        });
    assertThat(api.post("api/v1/reports/snapshots", Tokens.caseworker("820"),
        "{\"report\": \"self-supporting\"}").status()).isEqualTo(403);
  }

  @Test
  void employmentAfterThreeYearsAgainstTheGoal() {
    for (int i = 0; i < 11; i++) {
      String id = caseIn("657", true, "2021-01-04");
      if (i < 6) {
        selfSupporting("657", id, "2022-05-01");
      }
    }

    JsonObject report = new Api(base).get("api/v1/reports/employment-after-3-years?on=2024-12-31",
        Tokens.ministryAnalyst()).json();

    assertThat(report.getJsonObject("parameters").getString("cohortFrom")).isEqualTo("2021-01-01");
    JsonObject herning = row(report, "657");
    assertThat(herning.getInt("menWorking")).isEqualTo(6);
    assertThat(herning.getInt("menNot")).isEqualTo(5);
    assertThat(herning.getJsonNumber("menShare").doubleValue()).isEqualTo(54.5);
    assertThat(herning.getBoolean("meetsGoal")).isTrue();
    assertThat(report.getJsonObject("summary").getInt("kommunerMeetingGoal")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void handoverQualityPerKommuneAndPerSender() {
    Api api = new Api(base);
    String sender = "quality-" + ThreadLocalRandom.current().nextInt(1_000_000);
    String year = null; // the year they were sent in, which the reports below read
    for (int i = 0; i < 5; i++) {
      Api.Reply sent = api.post("api/v1/handovers", Tokens.sender(sender), HandoverIT.handover(TestCpr.random(), "710"));
      assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
      year = HandoverIT.yearSent(sent);
      Api.Reply taken = api.send(Api.request(api.uri("api/v1/handovers/" + sent.json().getString("id") + "/takeover"),
          Tokens.caseworker("710")).POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(taken.status()).as(taken.toString()).isIn(200, 201);
    }

    JsonObject favrskov = row(api.get("api/v1/reports/handover-quality?" + year, Tokens.ministryAnalyst()).json(),
        "710");
    // Other tests send handovers this year too, to other kommuner from senders of their own: to protect their small
    // counts, the disclosure control may hide this row's total as a complement (kommune and sender tables share the
    // national counts). Whatever it shows is right; the sender's own row below carries the exact figure.
    if (!favrskov.isNull("total")) {
      assertThat(favrskov.getInt("total")).isGreaterThanOrEqualTo(5);
      assertThat(favrskov.getJsonNumber("averageCompleteness").doubleValue()).isBetween(0.0, 100.0);
      assertThat(favrskov.getJsonNumber("medianLeadDays").doubleValue()).isPositive();
    }

    JsonObject bySender = api.get("api/v1/reports/handover-quality?by=sender&" + year, Tokens.ministryAnalyst())
        .json();
    JsonObject ours = bySender.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("sender").equals(sender)).findFirst().orElseThrow();
    // the same complement rule may hide the sender's total too; what is shown is exact
    if (!ours.isNull("total")) {
      assertThat(ours.getInt("total")).isEqualTo(5);
    }
  }

  /**
   * Handovers count in the Danish calendar year they were sent in: five sent at 00:30 on 1 January 2025, Danish time
   * (23:30 on 31 December in UTC, the test domain's time zone), are 2025's, not 2024's.
   */
  @Test
  void aHandoverSentInTheFirstHourOfTheYearCountsInThatYear() throws Exception {
    Api api = new Api(base);
    String sender = "new-year-" + ThreadLocalRandom.current().nextInt(1_000_000);
    for (int i = 0; i < 5; i++) {
      Api.Reply sent = api.post("api/v1/handovers", Tokens.sender(sender),
          HandoverIT.handover(TestCpr.random(), "710"));
      assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
      try (Connection db = ItDatabase.connect(); PreparedStatement update = db.prepareStatement("update"
          + " handover.handover set sent_at = timestamptz '2025-01-01 00:30 Europe/Copenhagen' where id = ?::uuid")) {
        update.setString(1, sent.json().getString("id"));
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }
    assertThat(senderTotal(api, sender, "from=2025-01-01&to=2025-12-31")).contains(5);
    assertThat(senderTotal(api, sender, "from=2024-01-01&to=2024-12-31")).isEmpty();
  }

  /** The sender's total in the handover-quality report of a year; empty when the sender has no row. */
  private static Optional<Integer> senderTotal(Api api, String sender, String year) {
    JsonObject report = api.get("api/v1/reports/handover-quality?by=sender&" + year, Tokens.ministryAnalyst()).json();
    return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("sender").equals(sender)).findFirst().map(r -> r.getInt("total"));
  }

  @Test
  void csvOpensInExcel() {
    Api api = new Api(base);
    Api.Reply csv = api.send(Api.request(api.uri("api/v1/reports/self-supporting?year=2017"),
        Tokens.ministryAnalyst(), "text/csv").GET());

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFF" + "Kommunekode;Kommune;Men;Women;Total\r\n");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(1 + 98 + 1);
    assertThat(lines[1]).startsWith("101;København;");
    assertThat(lines[99]).contains("Hele landet");
    assertThat(csv.header("Content-Disposition").orElseThrow()).contains("self-supporting.csv");
  }

  @Test
  void programmeDevelopmentRanksAFallFirstAndTiesShareARank() {
    Api api = new Api(base);
    // levels the report can show (none from 1 to 4): 7 recipients in January, 5 in October
    for (int i = 0; i < 7; i++) {
      String id = caseIn("846", i % 2 == 0, "2019-01-01");
      String end = i < 2 ? ", \"endDate\": \"2019-05-31\"" : "";
      assertThat(api.post("api/v1/cases/" + id + "/benefits", Tokens.caseworker("846"),
          "{\"kind\": \"INTEGRATION_BENEFIT\", \"startDate\": \"2019-01-01\"" + end + "}").status()).isEqualTo(201);
    }
    for (int i = 0; i < 5; i++) {
      String id = caseIn("851", true, "2019-01-01");
      assertThat(api.post("api/v1/cases/" + id + "/benefits", Tokens.caseworker("851"),
          "{\"kind\": \"KONTANTHJAELP\", \"startDate\": \"2019-03-01\"}").status()).isEqualTo(201);
    }

    JsonObject report = api.get("api/v1/reports/programme-development?from=2019-01&to=2019-10",
        Tokens.ministryAnalyst()).json();

    JsonObject first = report.getJsonArray("rows").getJsonObject(0);
    assertThat(first.getString("kommune")).isEqualTo("846");
    assertThat(first.getInt("change")).isEqualTo(-2);
    assertThat(first.getInt("rank")).isEqualTo(1);
    assertThat(row(report, "101").getInt("rank")).isEqualTo(2); // every unchanged kommune shares rank 2
    assertThat(row(report, "851").getInt("change")).isEqualTo(5);
    assertThat(row(report, "851").getInt("rank")).isEqualTo(98);
    assertThat(api.get("api/v1/reports/programme-development?from=2019-13", Tokens.ministryAnalyst()).status())
        .isEqualTo(400);
  }

  @Test
  void firstOfferComplianceCountsEachOutcome() {
    Api api = new Api(base);
    api.registerEmployer(Api.TEST_EMPLOYER_CVR);
    String onTime = caseIn("849", true, "2020-02-03");
    api.post("api/v1/cases/" + onTime + "/offers", Tokens.caseworker("849"),
        "{\"type\": \"VIRKSOMHEDSPRAKTIK\", \"startDate\": \"2020-02-10\", \"employerCvr\": \"13748136\"}");
    String late = caseIn("849", false, "2020-02-03");
    api.post("api/v1/cases/" + late + "/offers", Tokens.caseworker("849"),
        "{\"type\": \"LOENTILSKUD\", \"startDate\": \"2020-04-01\", \"employerCvr\": \"13748136\"}");
    caseIn("849", true, "2020-02-03");

    JsonObject report = api.get("api/v1/reports/first-offer-compliance?from=2020-01-01&to=2020-12-31",
        Tokens.ministryAnalyst()).json();

    JsonObject total = report.getJsonObject("total");
    assertThat(total.isNull("within14Days")).isTrue(); // 1 person: hidden nationally as well
    assertThat(row(report, "849").isNull("total")).isTrue(); // 3 cases
    assertThat(report.getJsonArray("columns").stream().map(c -> c.asJsonObject().getString("name")))
        .contains("within14Days", "withinMonth", "late", "openOverdue", "openNotDue", "within14DaysShare");
    assertThat(api.get("api/v1/reports/first-offer-compliance?from=2020-02-01&to=2020-02-29",
        Tokens.ministryAnalyst()).status()).as("a month could be subtracted from its year").isEqualTo(400);
  }

  /**
   * Reports read through their own datasource (server-config's jdbc/jobbro-reports, which a ministry points at a
   * replica): its connections carry the application name jobbro-reports, and on the primary the
   * data cut-off is the database's clock.
   */
  @Test
  void reportsReadThroughTheirOwnReadOnlyDatasource() throws Exception {
    Instant before = Instant.now().minusSeconds(5);
    JsonObject report = new Api(base).get("api/v1/reports/self-supporting?year=2018", Tokens.ministryAnalyst())
        .json();
    assertThat(Instant.parse(report.getString("dataCutOff"))).isAfter(before);
    try (Connection db = ItDatabase.connect();
        ResultSet rs = db.createStatement().executeQuery("""
            select count(*) from pg_stat_activity
             where application_name = 'jobbro-reports' and datname = current_database()""")) {
      rs.next();
      assertThat(rs.getInt(1)).as("connections of the reports' pool").isPositive();
    }
  }
}
