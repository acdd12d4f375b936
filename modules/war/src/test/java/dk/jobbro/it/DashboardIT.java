package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The dashboard in a real headless Chromium: it signs in with the token, draws the charts and shows the figures. */
@Isolated // compares national figures read through the API with the page drawn later: nothing may add to them between
class DashboardIT {

  /** The year of the IGUs placed here: this year, or the scheme's last year once no IGU may start any more. */
  private static final int IGU_YEAR = TestIgu.startOn(DanishDate.today()).getYear();

  URL base = SharedDeployment.url();

  @Test
  void theDashboardShowsTheReportsFigures() throws Exception {
    Chromium.ensureInstalled();
    Api api = new Api(base);
    placeIgus(api);
    String token = Tokens.ministryAnalyst();
    JsonObject igu = api.get("api/v1/reports/igu-placements?top=10", token).json();
    int shownYear = LocalDate.parse(igu.getJsonObject("parameters").getString("from")).getYear();
    if (shownYear > TestIgu.LAST_START.getYear()) {
      // the page shows this year's starts, and no IGU starts after the scheme's last start date: the placements
      // above are in an earlier year, and the IGU figures compared below are zeros
      assertThat(igu.getJsonObject("total").getInt("total")).isZero();
    }
    JsonObject targets = api.get("api/v1/reports/igu-targets", token).json();
    YearMonth to = YearMonth.now().minusMonths(1);
    JsonObject programme = api.get("api/v1/reports/programme-development?from=" + to.minusYears(1) + "&to=" + to,
        token).json();
    String page = api.uri("dashboard/index.html").toString() + "#token=" + token;

    String dom = Chromium.renderedDomAndScreenshot(page, Path.of(System.getProperty("jobbro.war",
        "target/jobbro.war")).resolveSibling("dashboard.png"));

    assertThat(dom).contains("data-rendered=\"true\"");
    assertThat(textOf(dom, "kpi-igu-total")).isEqualTo(igu.getJsonObject("total").get("total").toString());
    assertThat(textOf(dom, "kpi-none")).isEqualTo(igu.getJsonObject("summary").get("kommunerWithNone").toString());
    assertThat(textOf(dom, "kpi-targets")).isEqualTo(targets.getJsonObject("total").get("actual") + " of "
        + targets.getJsonObject("total").get("target"));
    String most = igu.getJsonArray("rows").stream().map(JsonObject.class::cast).filter(r -> !r.isNull("total"))
        .max(java.util.Comparator.comparingInt(r -> r.getInt("total"))).orElseThrow().getString("navn");
    assertThat(dom).contains("<svg").contains(most); // the bar chart names the kommune with the most placements
    JsonObject largestFall = programme.getJsonArray("rows").getJsonObject(0);
    assertThat(firstRowOf(dom, "programme")).containsExactly("1", largestFall.getString("navn"),
        largestFall.get("change").toString(),
        String.format(java.util.Locale.ROOT, "%.2f", largestFall.getJsonNumber("changePer1000").doubleValue()));
  }

  @Test
  void withoutATokenItAsksForOne() throws Exception {
    Chromium.ensureInstalled();
    String dom = Chromium.renderedDom(new Api(base).uri("dashboard/index.html").toString());
    assertThat(dom).contains("Paste a bearer token").doesNotContain("data-rendered");
  }

  /** The cells of the first body row of the table with this id. */
  private static List<String> firstRowOf(String dom, String id) {
    int table = dom.indexOf("id=\"" + id + "\"");
    assertThat(table).as("table " + id).isPositive();
    String row = dom.substring(dom.indexOf("<tbody>", table), dom.indexOf("</tr>", dom.indexOf("<tbody>", table)));
    List<String> cells = new ArrayList<>();
    for (int cell = row.indexOf("<td>"); cell >= 0; cell = row.indexOf("<td>", cell + 1)) {
      cells.add(row.substring(cell + 4, row.indexOf("</td>", cell)));
    }
    return cells;
  }

  private static String textOf(String dom, String id) {
    int start = dom.indexOf("id=\"" + id + "\"");
    assertThat(start).as("element " + id).isPositive();
    int open = dom.indexOf('>', start) + 1;
    return dom.substring(open, dom.indexOf('<', open));
  }

  /**
   * Twelve IGU placements at one Fredericia employer this year, which the report shows by default: enough to be shown
   * (each is one person's). Taken over in January, started in March, as a cohort of the year would be. Once no IGU
   * may start any more, they are placed in the scheme's last year.
   */
  private static void placeIgus(Api api) {
    String consultant = Tokens.consultant("607");
    int year = IGU_YEAR;
    Api.Reply employer = api.post("api/v1/employers", consultant, """
        {"cvr": "%s", "name": "Fredericia Havn Logistik A/S", "sector": "PRIVATE", "locationKommune": "607",
         "industry": "Logistik"}""".formatted(TestCvr.random()));
    assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
    for (int i = 0; i < 12; i++) {
      String cpr = TestCpr.bornOn(LocalDate.of(1995, 1 + ThreadLocalRandom.current().nextInt(12),
          1 + ThreadLocalRandom.current().nextInt(28)));
      Api.Reply created = api.post("api/v1/cases", Tokens.caseworker("607"), """
          {"cpr": "%s", "name": "Nour Khalil", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
           "residencePermitDate": "%s"}""".formatted(cpr, LocalDate.of(year, 1, 5), LocalDate.of(year - 1, 11, 1)));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      Api.Reply placed = api.post("api/v1/igu-placements", consultant, """
          {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30,
           "payBasis": "EGU", "signedDate": "%s"}"""
          .formatted(created.json().getString("id"), employer.json().getString("id"), LocalDate.of(year, 3, 2),
              LocalDate.of(year, 2, 20)));
      assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    }
  }
}
