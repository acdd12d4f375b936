package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * IGU reports from placements registered through the API: placements per kommune by sector with the concentration
 * figures of the 2017 debate, the pipeline by status with its national filters, and the ministries against their
 * targets. Each placement is one person's, so counts from 1 to 4 are hidden, in every report alike. The placements
 * start in 2018, 2019 and 2020, years no other test starts placements in.
 */
class IguReportsIT {

  private static final String AREA = TestMinistryAreas.IGU_REPORTS;
  private static final String TARGETS_AREA = TestMinistryAreas.IGU_REPORTS_TARGETS;

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private String employer(String kommune, String sector, String extra) {
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(kommune), """
        {"cvr": "%s", "name": "Fyns Transport A/S", "sector": "%s", "locationKommune": "%s", "industry": "Transport"%s}"""
        .formatted(TestCvr.random(), sector, kommune, extra));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** A refugee of 27 with a residence permit from 2016, eligible for IGU under the 2016 rules. */
  private String refugee(String kommune) {
    String cpr = TestCpr.bornOn(java.time.LocalDate.of(1990, 1 + ThreadLocalRandom.current().nextInt(12),
        1 + ThreadLocalRandom.current().nextInt(28)));
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(kommune), """
        {"cpr": "%s", "name": "Dawit Kidane", "residenceBasis": "REFUGEE", "takeoverDate": "2016-06-01",
         "residencePermitDate": "2016-03-01"}""".formatted(cpr));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private void place(String kommune, String employer, String start) {
    Api.Reply r = api().post("api/v1/igu-placements", Tokens.consultant(kommune), """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(refugee(kommune), employer, start, start));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private static JsonObject row(JsonObject report, String kommune) {
    return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("kommune").equals(kommune)).findFirst().orElseThrow();
  }

  @Test
  void placementsPerKommuneBySectorAreTheSameFiguresAsThePipelines() {
    String transport = employer("450", "PRIVATE", "");
    String kommunen = employer("450", "MUNICIPAL", ", \"employingKommune\": \"450\"");
    String odense = employer("461", "STATE", ", \"ministryArea\": \"" + AREA + "\"");
    String kerteminde = employer("440", "PRIVATE", "");
    for (int i = 0; i < 12; i++) {
      place("450", i < 7 ? transport : kommunen, "2018-02-01");
    }
    for (int i = 0; i < 9; i++) {
      place("440", kerteminde, "2018-03-15");
    }
    place("461", odense, "2018-03-01");
    String uri = "from=2018-01-01&to=2018-12-31";

    JsonObject report = api().get("api/v1/reports/igu-placements?" + uri + "&top=1", Tokens.ministryAnalyst()).json();
    JsonObject pipeline = api().get("api/v1/reports/igu-pipeline?" + uri, Tokens.ministryAnalyst()).json();

    assertThat(report.getJsonArray("rows")).hasSize(98);
    assertThat(report.getJsonObject("total").getInt("total")).isEqualTo(22);
    assertThat(row(report, "461").isNull("state")).as("one placement is one person").isTrue();
    assertThat(row(report, "461").isNull("total")).isTrue();
    for (JsonObject placements : report.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      JsonObject byStatus = row(pipeline, placements.getString("kommune"));
      assertThat(byStatus.get("total")).as("kommune %s", placements.getString("kommune"))
          .isEqualTo(placements.get("total"));
      for (String column : List.of("municipal", "state", "private", "total")) {
        assertThat(placements.isNull(column) || placements.getInt(column) == 0 || placements.getInt(column) >= 5)
            .isTrue();
      }
    }
    JsonObject summary = report.getJsonObject("summary");
    assertThat(summary.getInt("kommunerWithNone")).isEqualTo(95);
    assertThat(summary.getInt("topCount")).isEqualTo(report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> !r.isNull("total")).mapToInt(r -> r.getInt("total")).max().orElse(0));

    HttpRequest.Builder csv = Api.request(api().uri("api/v1/reports/igu-placements?" + uri),
        Tokens.caseworker("450"), "text/csv");
    String body = api().send(csv.GET()).body();
    assertThat(body.split("\r\n")).hasSize(3); // header, Nyborg only, the national total
    assertThat(body).contains("450;Nyborg;");
    assertThat(api().get("api/v1/reports/igu-placements?from=2018-01-01&to=2018-03-31", Tokens.ministryAnalyst())
        .status()).as("a quarter could be subtracted from its year").isEqualTo(400);
    assertThat(api().get("api/v1/reports/igu-placements?activeOn=2018-02-20", Tokens.ministryAnalyst()).status())
        .isEqualTo(400);
  }

  @Test
  void thePipelineCountsByStatusAndFiltersTheWholeCountry() {
    String employer = employer("430", "PRIVATE", "");
    for (int i = 0; i < 5; i++) {
      place("430", employer, "2019-08-01");
    }
    String uri = "api/v1/reports/igu-pipeline?from=2019-01-01&to=2019-12-31";

    JsonObject all = row(api().get(uri, Tokens.ministryAnalyst()).json(), "430");
    assertThat(all.getInt("running")).isEqualTo(5);
    assertThat(all.getInt("total")).isEqualTo(5);
    JsonObject twenties = api().get(uri + "&ageBand=25-29", Tokens.ministryAnalyst()).json();
    assertThat(twenties.getJsonArray("rows")).as("a filter gives national figures only").isEmpty();
    assertThat(twenties.getJsonObject("total").getInt("total")).isEqualTo(5); // born 1990, started in 2019
    JsonObject forties = api().get(uri + "&ageBand=40-49", Tokens.ministryAnalyst()).json();
    assertThat(forties.getJsonObject("total").getInt("total")).isZero();
    JsonObject women = api().get(uri + "&gender=FEMALE", Tokens.ministryAnalyst()).json().getJsonObject("total");
    JsonObject men = api().get(uri + "&gender=MALE", Tokens.ministryAnalyst()).json().getJsonObject("total");
    // five in all, of random genders: unless all five share one, one gender has 1 to 4, and all − the other would
    // give it away, so both are hidden
    if (women.isNull("total") || men.isNull("total")) {
      assertThat(women.isNull("total") && men.isNull("total")).isTrue();
    } else {
      assertThat(List.of(women.getInt("total"), men.getInt("total"))).containsExactlyInAnyOrder(0, 5);
    }
    assertThat(api().get(uri + "&ageBand=60-69", Tokens.ministryAnalyst()).status()).isEqualTo(400);
    assertThat(api().get(uri + "&ageBand=25-29&gender=MALE", Tokens.ministryAnalyst()).status()).isEqualTo(400);
  }

  @Test
  void theMinistriesAgainstTheirTargets() {
    String state = employer("479", "STATE", ", \"ministryArea\": \"" + TARGETS_AREA + "\"");
    place("479", state, "2020-05-01"); // 2020: no other placement of this class runs then
    Api.Reply set = api().send(Api.request(api().uri("api/v1/igu-targets/" + TARGETS_AREA + "/2020"),
        Tokens.ministryAnalyst()).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"targetPupils\": 200}")));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    JsonObject report = api().get("api/v1/reports/igu-targets?year=2020&date=2020-06-30", Tokens.ministryAnalyst())
        .json();

    JsonObject area = report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("ministryArea").equals(TARGETS_AREA)).findFirst().orElseThrow();
    assertThat(area.getInt("target")).isEqualTo(200);
    assertThat(area.isNull("actual")).as("one pupil").isTrue();
    assertThat(area.isNull("shareOfTarget")).as("0.5 % of a public 200 is the one pupil").isTrue();
  }
}
