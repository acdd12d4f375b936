package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The Integrationsbarometer's measure of October 2018 (../shared/seed-figures.md, figure 8): of the refugees and
 * family-reunified who arrived three years before, at least half should be in work or education; 22 of 98 kommuner
 * met the goal, and nationally 53 % of the men and 18 % of the women were in work. A cohort of that shape is entered
 * through the public API — 7 men and 7 women in every kommune, taken over in 2015, a year no other test takes
 * anyone over in — and employment-after-3-years on 2018-12-31 must say the same. (A cohort is a calendar year
 * measured on 31 December three years on, so that two cohorts never overlap; the barometer's October figure is
 * reproduced by the same persons.)
 *
 * <p>Per kommune most cells are small (the women in work are 1 or 2 everywhere) and hidden; the published figures
 * are national shares over 686 persons and a count of kommuner, which come out as they were. (Seven of each rather
 * than the ten of an earlier version: the same figures from 30 % fewer requests. Five of each cannot do it: with
 * 18 % of women in work some kommuner have none, and those zeros make the disclosure control hide the national
 * shares.)
 */
@Order(1) // one of the longest classes: started first, so that it does not run on alone at the end
class Barometer2018IT {

  private static final String EMPLOYER_CVR = Api.TEST_EMPLOYER_CVR;

  URL base = SharedDeployment.url();

  @Test
  void twentyTwoKommunerMeetTheGoalAndMenAndWomenAre53And18Percent() throws Exception {
    new Api(base).registerEmployer(EMPLOYER_CVR); // the ordinary jobs are at a registered company
    List<String> kommuner = new Api(base).get("api/v1/kommuner", Tokens.admin()).jsonArray().stream()
        .map(k -> k.asJsonObject().getString("kode")).toList();
    assertThat(kommuner).hasSize(98);
    // Of 7 men and 7 women per kommune, in work on 2018-12-31: 22 kommuner 6 men + 2 women (57 %, the goal met);
    // 5 kommuner 4 men + 1 woman, 71 kommuner 3 men with 2 women in 3 of them and 1 in the other 68 (at most 43 %).
    // Men 22*6 + 5*4 + 71*3 = 365 of 686 (53.2 %); women 22*2 + 5*1 + 3*2 + 68*1 = 123 of 686 (17.9 %).
    Parallel work = new Parallel();
    for (int i = 0; i < 98; i++) {
      String kommune = kommuner.get(i);
      int men = i < 22 ? 6 : i < 27 ? 4 : 3;
      int women = i < 22 || i >= 27 && i < 30 ? 2 : 1;
      work.add(() -> {
        String caseworker = Tokens.caseworker(kommune); // one signed token per kommune, as a caseworker's session
        for (int n = 0; n < 7; n++) {
          arrival(caseworker, true, n < men);
          arrival(caseworker, false, n < women);
        }
      });
    }
    work.run();

    JsonObject report = new Api(base).get("api/v1/reports/employment-after-3-years?on=2018-12-31",
        Tokens.ministryAnalyst()).json();

    assertThat(report.getJsonObject("parameters").getString("cohortFrom")).isEqualTo("2015-01-01");
    assertThat(report.getJsonObject("summary").getInt("kommunerMeetingGoal")).isEqualTo(22);
    assertThat(report.getJsonObject("summary").getInt("kommunerWithCohort")).isEqualTo(98);
    JsonObject nation = report.getJsonObject("total");
    assertThat(nation.getInt("total")).isEqualTo(1_372);
    assertThat(Math.round(nation.getJsonNumber("menShare").doubleValue())).isEqualTo(53);
    assertThat(Math.round(nation.getJsonNumber("womenShare").doubleValue())).isEqualTo(18);
    assertThat(nation.getBoolean("meetsGoal")).isFalse();
  }

  /**
   * A refugee taken over in the 2015 cohort, by a caseworker of the kommune; in work on 2018-12-31 through an
   * ordinary job, or not.
   */
  private void arrival(String caseworker, boolean male, boolean inWork) {
    Api api = new Api(base);
    Api.Reply person = api.post("api/v1/cases", caseworker, """
        {"cpr": "%s", "name": "Barometer", "residenceBasis": "REFUGEE", "takeoverDate": "2015-03-02"}"""
        .formatted(TestCpr.adult(male)));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    if (inWork) {
      Api.Reply job = api.post("api/v1/cases/" + person.json().getString("id") + "/offers", caseworker, """
          {"type": "ORDINARY_JOB", "startDate": "2018-02-01", "employerCvr": "%s"}""".formatted(EMPLOYER_CVR));
      assertThat(job.status()).as(job.toString()).isEqualTo(201);
    }
  }
}
