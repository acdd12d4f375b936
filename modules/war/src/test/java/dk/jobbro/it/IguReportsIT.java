package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * IGU reports from placements registered through the API in early 2017: placements per kommune by sector with the
 * concentration figures of the 2017 debate, and the ministries against their targets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IguReportsIT {

  private static final String AREA = "TESTMINISTERIET_" + ThreadLocalRandom.current().nextInt(1_000_000);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  private Api api() {
    return new Api(base);
  }

  private String employer(String kommune, String sector, String extra) {
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(kommune), """
        {"cvr": "%s", "name": "Fyns Transport A/S", "sector": "%s", "locationKommune": "%s", "industry": "Transport"%s}"""
        .formatted(EmployersIT.randomCvr(), sector, kommune, extra));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** A refugee of 27 with a residence permit from 2016, eligible for IGU under the 2016 rules. */
  private String refugee(String kommune) {
    String cpr = String.format("%02d%02d90-%d%03d", 1 + ThreadLocalRandom.current().nextInt(28),
        1 + ThreadLocalRandom.current().nextInt(12), ThreadLocalRandom.current().nextInt(4),
        ThreadLocalRandom.current().nextInt(1000));
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
  void placementsPerKommuneBySectorWithTheirConcentration() {
    String transport = employer("450", "PRIVATE", "");
    String kommunen = employer("450", "MUNICIPAL", ", \"employingKommune\": \"450\"");
    String state = employer("461", "STATE", ", \"ministryArea\": \"" + AREA + "\"");
    place("450", transport, "2017-02-01");
    place("450", transport, "2017-02-15");
    place("450", kommunen, "2017-03-01");
    place("461", state, "2017-03-01");

    JsonObject report = api().get("api/v1/reports/igu-placements?from=2017-01-01&to=2017-03-31&top=1",
        Tokens.ministryAnalyst()).json();

    assertThat(report.getJsonArray("rows")).hasSize(98);
    JsonObject nyborg = row(report, "450");
    assertThat(nyborg.getInt("private")).isEqualTo(2);
    assertThat(nyborg.getInt("municipal")).isEqualTo(1);
    assertThat(nyborg.getInt("total")).isEqualTo(3); // small counts of placements are shown: they single nobody out
    assertThat(row(report, "461").getInt("state")).isEqualTo(1);
    assertThat(report.getJsonObject("total").getInt("total")).isEqualTo(4);
    JsonObject summary = report.getJsonObject("summary");
    assertThat(summary.getInt("kommunerWithNone")).isEqualTo(96);
    assertThat(summary.getInt("kommunerWithOneOrTwo")).isEqualTo(1);
    assertThat(summary.getJsonNumber("topShare").doubleValue()).isEqualTo(75.0);
    assertThat(summary.getBoolean("topHoldsMoreThanHalf")).isTrue();

    JsonObject active = api().get("api/v1/reports/igu-placements?activeOn=2017-02-20", Tokens.ministryAnalyst())
        .json();
    assertThat(row(active, "450").getInt("total")).isEqualTo(2);

    HttpRequest.Builder csv = Api.request(api().uri("api/v1/reports/igu-placements?from=2017-01-01&to=2017-03-31"),
        Tokens.caseworker("450"), "text/csv");
    String body = api().send(csv.GET()).body();
    assertThat(body.split("\r\n")).hasSize(3); // header, Nyborg only, the national total
    assertThat(body).contains("450;Nyborg;1;0;2;3");
  }

  @Test
  void thePipelineCountsRunningPlacementsWithFilters() {
    String employer = employer("430", "PRIVATE", "");
    for (int i = 0; i < 5; i++) {
      place("430", employer, "2017-08-01");
    }
    String uri = "api/v1/reports/igu-pipeline?from=2017-08-01&to=2017-12-31";

    JsonObject all = row(api().get(uri, Tokens.ministryAnalyst()).json(), "430");
    assertThat(all.getInt("active")).isEqualTo(5);
    assertThat(all.getInt("total")).isEqualTo(5);
    JsonObject twenties = row(api().get(uri + "&ageBand=25-29", Tokens.ministryAnalyst()).json(), "430");
    assertThat(twenties.getInt("total")).isEqualTo(5); // born 1990, started in 2017
    JsonObject forties = row(api().get(uri + "&ageBand=40-49", Tokens.ministryAnalyst()).json(), "430");
    assertThat(forties.getInt("total")).isZero();
    JsonObject women = row(api().get(uri + "&gender=FEMALE", Tokens.ministryAnalyst()).json(), "430");
    JsonObject men = row(api().get(uri + "&gender=MALE", Tokens.ministryAnalyst()).json(), "430");
    assertThat(women.containsKey("total") && men.containsKey("total")).isTrue();
    assertThat(api().get(uri + "&ageBand=60-69", Tokens.ministryAnalyst()).status()).isEqualTo(400);
  }

  @Test
  void theMinistriesAgainstTheirTargets() {
    String state = employer("479", "STATE", ", \"ministryArea\": \"" + AREA + "_T\"");
    place("479", state, "2017-05-01"); // outside the other test's window
    Api.Reply set = api().send(Api.request(api().uri("api/v1/igu-targets/" + AREA + "_T/2017"),
        Tokens.ministryAnalyst()).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"targetPupils\": 200}")));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    JsonObject report = api().get("api/v1/reports/igu-targets?year=2017&date=2017-06-30", Tokens.ministryAnalyst())
        .json();

    JsonObject area = report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("ministryArea").equals(AREA + "_T")).findFirst().orElseThrow();
    assertThat(area.getInt("target")).isEqualTo(200);
    assertThat(area.getInt("actual")).isEqualTo(1);
    assertThat(area.getJsonNumber("shareOfTarget").doubleValue()).isEqualTo(0.5);
  }
}
