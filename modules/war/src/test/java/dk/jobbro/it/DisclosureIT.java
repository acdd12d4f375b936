package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The differencing attacks of the "Hardening" issue (point 8), replayed through the real API with the ministry
 * analyst's and a kommune's tokens, over data entered through the API: a hidden count must not come back from
 * another report, another filter, another period or a total.
 *
 * <p>The data, in windows no other test writes to: IGU placements started in 2022 — Gentofte 12 at private employers
 * (10 men from Syria, 2 women from Eritrea), Gladsaxe 2 and Ballerup 6 at private ones, Glostrup 7 at the kommune,
 * Herlev 1 at a ministry; programme benefit recipients in 2023 —
 * Hvidovre 2, Rødovre 6, Ishøj 9; and this year's handovers to Tårnby — 6 sent, 1 taken over.
 */
class DisclosureIT {

  private static final String YEAR = "from=2022-01-01&to=2022-12-31";
  private static final String BALLERUP = "151";
  private static final String GENTOFTE = "157";
  private static final String GLADSAXE = "159";
  private static final String GLOSTRUP = "161";
  private static final String HERLEV = "163";
  private static final String HVIDOVRE = "167";
  private static final String RODOVRE = "175";
  private static final String ISHOJ = "183";
  private static final String TARNBY = "185";
  private static final String AREA = TestMinistryAreas.DISCLOSURE;

  private static boolean entered;

  /** The report period of the year in which the Tårnby handovers were sent (a run may cross New Year's midnight). */
  private static String handoversSent;

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private synchronized void enterData() throws Exception {
    if (entered) {
      return;
    }
    String gentofte = employer(GENTOFTE, "PRIVATE", "");
    String gladsaxe = employer(GLADSAXE, "PRIVATE", "");
    String ballerup = employer(BALLERUP, "PRIVATE", "");
    String glostrup = employer(GLOSTRUP, "MUNICIPAL", ", \"employingKommune\": \"" + GLOSTRUP + "\"");
    String herlev = employer(HERLEV, "STATE", ", \"ministryArea\": \"" + AREA + "\"");
    Parallel work = new Parallel();
    for (int i = 0; i < 12; i++) {
      boolean man = i < 10;
      work.add(() -> place(GENTOFTE, gentofte, man, man ? "Syrien" : "Eritrea"));
    }
    for (int i = 0; i < 2; i++) {
      work.add(() -> place(GLADSAXE, gladsaxe, true, "Syrien"));
    }
    for (int i = 0; i < 6; i++) {
      work.add(() -> place(BALLERUP, ballerup, true, "Syrien"));
    }
    for (int i = 0; i < 7; i++) {
      work.add(() -> place(GLOSTRUP, glostrup, true, "Syrien"));
    }
    work.add(() -> place(HERLEV, herlev, true, "Syrien"));
    int[][] recipients = {{Integer.parseInt(HVIDOVRE), 2}, {Integer.parseInt(RODOVRE), 6},
        {Integer.parseInt(ISHOJ), 9}};
    for (int[] r : recipients) {
      for (int i = 0; i < r[1]; i++) {
        work.add(() -> recipient(Integer.toString(r[0])));
      }
    }
    work.run();
    String sender = "disclosure-" + ThreadLocalRandom.current().nextInt(1_000_000);
    for (int i = 0; i < 6; i++) {
      Api.Reply sent = api().post("api/v1/handovers", Tokens.sender(sender),
          HandoverIT.handover(TestCpr.random(), TARNBY));
      assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
      handoversSent = HandoverIT.yearSent(sent);
      if (i == 0) {
        Api.Reply taken = api().send(Api.request(api().uri("api/v1/handovers/" + sent.json().getString("id")
            + "/takeover"), Tokens.caseworker(TARNBY)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(taken.status()).as(taken.toString()).isIn(200, 201);
      }
    }
    entered = true;
  }

  /** The first finding: igu-pipeline hid starts of 1 to 4 that igu-placements printed for the same year. */
  @Test
  void aKommunesStartsAreHiddenAlikeInPlacementsAndPipeline() throws Exception {
    enterData();
    JsonObject placements = report("igu-placements?" + YEAR);
    JsonObject pipeline = report("igu-pipeline?" + YEAR);

    for (JsonObject row : rows(placements)) {
      String kommune = row.getString("kommune");
      assertThat(row(pipeline, kommune).get("total")).as(kommune).isEqualTo(row.get("total"));
    }
    assertThat(row(placements, GLADSAXE).isNull("total")).as("2 placements").isTrue();
    assertThat(row(placements, GLADSAXE).isNull("private")).isTrue();
    assertThat(row(placements, HERLEV).isNull("state")).as("1 placement").isTrue();
    assertThat(row(pipeline, GLADSAXE).isNull("running")).isTrue();
    assertThat(placements.getJsonObject("total").getInt("total")).isEqualTo(28);
    assertThat(row(placements, GENTOFTE).getInt("total")).as("large counts are shown").isEqualTo(12);
    assertNothingSmallRecoverable(placements, List.of("municipal", "state", "private", "total"));
    assertNothingSmallRecoverable(pipeline, List.of("running", "completed", "endedEarly", "total"));
  }

  /** The second: the pipeline for all minus the pipeline for men gave the hidden women. */
  @Test
  void allMinusMenGivesAwayNoWomen() throws Exception {
    enterData();
    JsonObject all = report("igu-pipeline?" + YEAR).getJsonObject("total");
    JsonObject men = report("igu-pipeline?" + YEAR + "&gender=MALE");
    JsonObject women = report("igu-pipeline?" + YEAR + "&gender=FEMALE");

    assertThat(rows(men)).as("no kommune's placements are split by gender").isEmpty();
    assertThat(all.getInt("total")).isEqualTo(28);
    assertThat(women.getJsonObject("total").isNull("total")).as("2 women").isTrue();
    assertThat(men.getJsonObject("total").isNull("total")).as("28 − 26 would be the 2 women").isTrue();
    for (String column : List.of("running", "completed", "endedEarly", "total")) {
      assertComplementsSafe(all, men.getJsonObject("total"), women.getJsonObject("total"), column);
    }
    JsonObject eritrea = report("igu-pipeline?" + YEAR + "&countryOfOrigin=Eritrea").getJsonObject("total");
    JsonObject syria = report("igu-pipeline?" + YEAR + "&countryOfOrigin=syrien").getJsonObject("total");
    assertThat(eritrea.isNull("total")).as("2 from Eritrea").isTrue();
    assertThat(syria.isNull("total")).as("28 − 26 would be the 2 from Eritrea").isTrue();
    assertThat(report("igu-pipeline?" + YEAR + "&ageBand=18-24").getJsonObject("total").getInt("total"))
        .as("the national breakdowns are protected, not withheld: nobody of 18-24 shows as 0").isZero();
    for (String band : List.of("18-24", "25-29", "30-39", "40-49")) {
      JsonObject byAge = report("igu-pipeline?" + YEAR + "&ageBand=" + band).getJsonObject("total");
      assertThat(byAge.isNull("total") || byAge.getInt("total") == 0 || byAge.getInt("total") >= 5).as(band)
          .isTrue();
    }
    JsonObject ownView = api().get("api/v1/reports/igu-pipeline?" + YEAR + "&gender=FEMALE",
        Tokens.caseworker(GENTOFTE)).json();
    assertThat(ownView.getJsonArray("rows")).isEmpty();
    assertThat(ownView.getJsonObject("total")).isEqualTo(women.getJsonObject("total"));
  }

  /** The third: a first month before any data turned the net change into the level, and 2 recipients showed. */
  @Test
  void aFirstMonthBeforeAnyDataShowsNoSmallLevel() throws Exception {
    enterData();
    JsonObject fromNothing = report("programme-development?from=2000-01&to=2023-06");
    JsonObject withinTheYear = report("programme-development?from=2023-01&to=2023-06");

    assertThat(row(fromNothing, HVIDOVRE).isNull("change")).as("the level of 2 recipients").isTrue();
    assertThat(row(fromNothing, HVIDOVRE).isNull("rank")).isTrue();
    assertThat(row(withinTheYear, HVIDOVRE).isNull("change")).as("2 − 2 between two hidden levels").isTrue();
    assertThat(row(fromNothing, ISHOJ).getInt("change")).isEqualTo(9);
    // from before any data every change is a level: none from 1 to 4 shown, none left alone to subtract
    assertNothingSmallRecoverable(fromNothing, List.of("change"));
    List<JsonObject> ranked = rows(fromNothing);
    assertThat(ranked.stream().dropWhile(r -> !r.isNull("change"))).as("rows without a change come last")
        .allMatch(r -> r.isNull("change"));
  }

  /** The fourth: a median lead time rested on one suppressed person. */
  @Test
  void aMedianRestsOnAtLeastFivePersons() throws Exception {
    enterData();
    JsonObject tarnby = row(report("handover-quality?" + handoversSent), TARNBY);
    assertThat(tarnby.isNull("takenOver")).isTrue();
    assertThat(tarnby.isNull("medianLeadDays")).as("one handover taken over").isTrue();
    assertThat(tarnby.getJsonNumber("averageCompleteness").doubleValue()).as("six handovers").isBetween(0.0, 100.0);
    List<String> counts = List.of("takenOver", "notTakenOver", "total");
    assertNothingSmallRecoverable(report("handover-quality?" + handoversSent), counts);
    assertNothingSmallRecoverable(report("handover-quality?by=sender&" + handoversSent), counts);
  }

  /** The fifth: bonus milestone counts were shown as they were; each is one person's placement. */
  @Test
  void bonusMilestonesShowNoSmallCount() throws Exception {
    enterData();
    for (int year = 2016; year <= 2026; year++) {
      JsonObject summary = report("igu-pipeline?from=" + year + "-01-01&to=" + year + "-12-31")
          .getJsonObject("summary");
      for (String kind : List.of("bonusDueSIX_MONTHS", "bonusDueCOMPLETION", "bonusDueAll")) {
        JsonObject due = summary.getJsonObject(kind);
        assertThat(due.isNull("milestones") || due.getInt("milestones") == 0 || due.getInt("milestones") >= 5)
            .as("%s %d", kind, year).isTrue();
        assertThat(due.isNull("amountKr")).as("the amount is the count times 20,000 kr")
            .isEqualTo(due.isNull("milestones"));
      }
    }
  }

  /** Periods and filters are fixed: a narrower period or a crossed filter would be a new table to subtract. */
  @Test
  void narrowerPeriodsAndCrossedFiltersAreRefused() {
    for (String narrower : List.of("igu-placements?from=2022-01-01&to=2022-06-30",
        "igu-placements?activeOn=2022-06-30", "igu-pipeline?from=2022-02-01&to=2022-12-31",
        "igu-pipeline?" + YEAR + "&gender=MALE&ageBand=25-29", "first-offer-compliance?from=2022-01-01&to=2022-01-31",
        "handover-quality?from=2022-03-01&to=2022-12-31", "employment-after-3-years?on=2022-06-30")) {
      Api.Reply reply = api().get("api/v1/reports/" + narrower, Tokens.ministryAnalyst());
      assertThat(reply.status()).as(narrower).isEqualTo(400);
      assertThat(reply.isProblem()).isTrue();
    }
  }

  /** Every report of the year: no count of 1 to 4 shown, none that follows from its row or column and the total. */
  @Test
  void noHiddenCountFollowsFromATotal() throws Exception {
    enterData();
    assertNothingSmallRecoverable(report("first-offer-compliance?from=2018-01-01&to=2018-12-31"),
        List.of("within14Days", "withinMonth", "late", "openOverdue", "openTargetMissed", "openNotDue",
            "total"));
    assertNothingSmallRecoverable(report("employment-after-3-years?on=2021-12-31"),
        List.of("menWorking", "menNot", "womenWorking", "womenNot", "total"));
    assertNothingSmallRecoverable(report("self-supporting?year=2018"), List.of("men", "women", "total"));
    JsonObject targets = report("igu-targets?year=2022&date=2022-06-30");
    JsonObject area = rows(targets).stream().filter(r -> r.getString("ministryArea").equals(AREA)).findFirst()
        .orElseThrow();
    assertThat(area.isNull("actual")).as("one pupil").isTrue();
    assertThat(targets.getJsonObject("total").isNull("actual")
        || rows(targets).stream().filter(r -> r.isNull("actual")).count() >= 2).isTrue();
  }

  /** A kommune's staff see exactly the ministry's figures for their own row and the country. */
  @Test
  void kommuneStaffSeeTheMinistrysFigures() throws Exception {
    enterData();
    JsonObject ministry = report("igu-placements?" + YEAR);
    JsonObject own = api().get("api/v1/reports/igu-placements?" + YEAR, Tokens.caseworker(GLADSAXE)).json();
    assertThat(own.getJsonArray("rows")).hasSize(1);
    assertThat(row(own, GLADSAXE)).isEqualTo(row(ministry, GLADSAXE));
    assertThat(own.getJsonObject("total")).isEqualTo(ministry.getJsonObject("total"));
    assertThat(own.getJsonObject("summary")).isEqualTo(ministry.getJsonObject("summary"));
  }

  /** topCount for N and N − 1 differ by one kommune's count: always a count that is shown. */
  @Test
  void noChoiceOfTopSinglesOutAKommune() throws Exception {
    enterData();
    Set<Long> shown = new HashSet<>();
    rows(report("igu-placements?" + YEAR)).stream().filter(r -> !r.isNull("total"))
        .forEach(r -> shown.add(r.getJsonNumber("total").longValue()));
    long previous = 0;
    for (int n = 1; n <= 12; n++) {
      long top = report("igu-placements?" + YEAR + "&top=" + n).getJsonObject("summary").getJsonNumber("topCount")
          .longValue();
      assertThat(top - previous == 0 || shown.contains(top - previous)).as("top %d", n).isTrue();
      previous = top;
    }
    assertThat(previous).isPositive();
  }

  /**
   * What anyone can work out from one report alone: in every row and every column with a published total, the
   * hidden person counts add up to the total minus the shown ones. There must never be exactly one hidden (it would
   * be that difference), and the difference must leave room for any one hidden count to be 5 or more (each hidden
   * count is at least 1). And no person count from 1 to 4 is shown.
   */
  private static void assertNothingSmallRecoverable(JsonObject report, List<String> columns) {
    List<JsonObject> lines = new ArrayList<>(rows(report));
    for (JsonObject row : lines) {
      for (String c : columns) {
        if (row.containsKey(c) && !row.isNull(c)) {
          long v = row.getJsonNumber(c).longValue();
          assertThat(v < 1 || v > 4).as("%s shows %d in %s", report.getString("report"), v, c).isTrue();
        }
      }
      List<String> cells = columns.subList(0, columns.size() - 1);
      if (columns.contains("total") && !row.isNull("total")) {
        checkLine(report.getString("report") + " row " + row, row.getJsonNumber("total").longValue(),
            cells.stream().map(c -> row.isNull(c) ? null : row.getJsonNumber(c).longValue()).toList());
      }
    }
    JsonObject total = report.getJsonObject("total");
    for (String c : columns) {
      if (total.containsKey(c) && total.get(c).getValueType() == JsonValue.ValueType.NUMBER) {
        checkLine(report.getString("report") + " column " + c, total.getJsonNumber(c).longValue(),
            lines.stream().map(r -> r.isNull(c) ? null : r.getJsonNumber(c).longValue()).toList());
      }
    }
  }

  private static void checkLine(String line, long total, List<Long> values) {
    long hidden = values.stream().filter(v -> v == null).count();
    if (hidden == 0) {
      return;
    }
    long rest = total - values.stream().filter(v -> v != null).mapToLong(Long::longValue).sum();
    assertThat(hidden).as("%s: a single hidden count would be %d", line, rest).isGreaterThanOrEqualTo(2);
    assertThat(rest - (hidden - 1)).as("%s: the hidden counts are known to be below 5", line)
        .isGreaterThanOrEqualTo(5);
  }

  /** With all, men and women: whenever two of them are shown the third is shown too, or is 0 or at least 5. */
  private static void assertComplementsSafe(JsonObject all, JsonObject men, JsonObject women, String column) {
    if (!all.isNull(column) && !men.isNull(column)) {
      long rest = all.getJsonNumber(column).longValue() - men.getJsonNumber(column).longValue();
      assertThat(rest < 1 || rest > 4).as("all − men in %s", column).isTrue();
    }
    if (!all.isNull(column) && !women.isNull(column)) {
      long rest = all.getJsonNumber(column).longValue() - women.getJsonNumber(column).longValue();
      assertThat(rest < 1 || rest > 4).as("all − women in %s", column).isTrue();
    }
  }

  private JsonObject report(String pathAndQuery) {
    Api.Reply reply = api().get("api/v1/reports/" + pathAndQuery, Tokens.ministryAnalyst());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static List<JsonObject> rows(JsonObject report) {
    return report.getJsonArray("rows").getValuesAs(JsonObject.class);
  }

  private static JsonObject row(JsonObject report, String kommune) {
    return rows(report).stream().filter(r -> r.getString("kommune").equals(kommune)).findFirst().orElseThrow();
  }

  private String employer(String kommune, String sector, String extra) {
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(kommune), """
        {"cvr": "%s", "name": "Diskretion %s", "sector": "%s", "locationKommune": "%s", "industry": "Service"%s}"""
        .formatted(TestCvr.random(), kommune, sector, kommune, extra));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** A refugee born in 1992 (29 or 30 at the start: in the IGU target group) placed on 1 February 2022. */
  private void place(String kommune, String employer, boolean male, String country) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String cpr = TestCpr.bornOn(java.time.LocalDate.of(1992, 1 + r.nextInt(12), 1 + r.nextInt(28)), male);
    Api.Reply person = api().post("api/v1/cases", Tokens.caseworker(kommune), """
        {"cpr": "%s", "name": "Diskret Person", "residenceBasis": "REFUGEE", "takeoverDate": "2018-06-01",
         "residencePermitDate": "2018-03-01", "countryOfOrigin": "%s"}""".formatted(cpr, country));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    Api.Reply placement = api().post("api/v1/igu-placements", Tokens.consultant(kommune), """
        {"caseId": "%s", "employerId": "%s", "startDate": "2022-02-01", "plannedHoursPerWeek": 30,
         "payBasis": "EGU", "signedDate": "2022-01-20"}""".formatted(person.json().getString("id"), employer));
    assertThat(placement.status()).as(placement.toString()).isEqualTo(201);
  }

  /** A programme benefit recipient through 2023. */
  private void recipient(String kommune) {
    Api.Reply person = api().post("api/v1/cases", Tokens.caseworker(kommune), """
        {"cpr": "%s", "name": "Modtager", "residenceBasis": "REFUGEE", "takeoverDate": "2023-01-02"}"""
        .formatted(TestCpr.bornBefore(1996)));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    Api.Reply benefit = api().post("api/v1/cases/" + person.json().getString("id") + "/benefits",
        Tokens.caseworker(kommune),
        "{\"kind\": \"INTEGRATION_BENEFIT\", \"startDate\": \"2023-01-02\", \"endDate\": \"2023-12-31\"}");
    assertThat(benefit.status()).as(benefit.toString()).isEqualTo(201);
  }
}
