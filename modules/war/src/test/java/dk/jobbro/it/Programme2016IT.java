package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 2016 ranking of kommuner by the development in programme benefit recipients, January to October
 * (../shared/seed-figures.md, figure 5), entered through the public API with the names as the press printed them
 * ("Høje-Tåstrup", "Vesthimmerland"), which the kommune lookup turns into kommunekoder. Every person's benefit period
 * lies in 2016, a window no other test writes benefits to.
 *
 * <p>The published figures are net changes, not counts of persons: Læsø's −2 says nothing about any two people. The
 * levels behind them are person counts and are protected, so a change is shown only between two levels that could
 * be shown; in 2016 every listed kommune had far more than five recipients, and so does this data set.
 */
class Programme2016IT {

  /** Recipients in every listed kommune all year: enough for both levels to be shown. */
  private static final int STAYING = 5;

  /** The published list in its printed order and spelling: a minus is a fall. */
  private static final Map<String, Integer> PUBLISHED = new LinkedHashMap<>();

  static {
    String[] printed = {"Lejre -38", "Solrød -27", "Langeland -15", "Lyngby-Taarbæk -14", "Aabenraa -12",
        "Hjørring -10", "Middelfart -10", "Kerteminde -9", "Faxe -7", "Sorø -7", "Høje-Tåstrup -6",
        "Vesthimmerland -6", "Bornholm -3", "Frederikshavn -2", "Holstebro -2", "Læsø -2", "Gribskov -1",
        "Mariagerfjord -1", "Albertslund 0", "Furesø 0", "Vallensbæk 0"};
    for (String entry : printed) {
      int space = entry.lastIndexOf(' ');
      PUBLISHED.put(entry.substring(0, space), Integer.parseInt(entry.substring(space + 1)));
    }
  }

  URL base = SharedDeployment.url();

  @Test
  void thePublishedRankingComesOutOfTheReportWithTheNamesMatchedToKommunekoder() throws Exception {
    Map<String, String> kodeByPrintedName = new LinkedHashMap<>();
    for (String name : PUBLISHED.keySet()) {
      kodeByPrintedName.put(name, kodeOf(name));
    }
    assertThat(kodeByPrintedName.get("Høje-Tåstrup")).isEqualTo("169");
    assertThat(kodeByPrintedName.get("Vesthimmerland")).isEqualTo("820");

    Parallel work = new Parallel();
    for (Map.Entry<String, Integer> entry : PUBLISHED.entrySet()) {
      String kode = kodeByPrintedName.get(entry.getKey());
      int change = entry.getValue();
      // Behind every net change: five who stay all year, one who joins, and 1 + |change| who leave (a fall) —
      // or, for no change, as many joining as leaving. Both levels are then at least six.
      work.add(() -> {
        String caseworker = Tokens.caseworker(kode); // one signed token per kommune, as a caseworker's session
        for (int i = 0; i < STAYING; i++) {
          recipient(caseworker, "2016-01-04", null);
        }
        recipient(caseworker, "2016-06-01", null);
        for (int i = 0; i < 1 - change; i++) {
          recipient(caseworker, "2016-01-04", "2016-05-31");
        }
      });
    }
    work.run();

    JsonObject report = new Api(base).get("api/v1/reports/programme-development?from=2016-01&to=2016-10",
        Tokens.ministryAnalyst()).json();

    JsonArray rows = report.getJsonArray("rows");
    // The 18 falls come first; within a tie the report orders by kommunekode, the press list by name.
    List<String> firstEighteen = rows.stream().limit(18).map(r -> r.asJsonObject().getString("kommune")).toList();
    assertThat(firstEighteen).containsExactlyInAnyOrderElementsOf(
        kodeByPrintedName.values().stream().limit(18).toList());
    Map<String, Integer> expectedRank = Map.ofEntries(Map.entry("Lejre", 1), Map.entry("Solrød", 2),
        Map.entry("Langeland", 3), Map.entry("Lyngby-Taarbæk", 4), Map.entry("Aabenraa", 5),
        Map.entry("Hjørring", 6), Map.entry("Middelfart", 6), Map.entry("Kerteminde", 8), Map.entry("Faxe", 9),
        Map.entry("Sorø", 9), Map.entry("Høje-Tåstrup", 11), Map.entry("Vesthimmerland", 11),
        Map.entry("Bornholm", 13), Map.entry("Frederikshavn", 14), Map.entry("Holstebro", 14),
        Map.entry("Læsø", 14), Map.entry("Gribskov", 17), Map.entry("Mariagerfjord", 17));
    for (int i = 0; i < 18; i++) {
      JsonObject row = rows.getJsonObject(i);
      String printedName = nameOf(kodeByPrintedName, row.getString("kommune"));
      assertThat(row.getInt("change")).as(printedName).isEqualTo(PUBLISHED.get(printedName));
      assertThat(row.getInt("rank")).as(printedName).isEqualTo(expectedRank.get(printedName));
    }
    for (String noChange : List.of("Albertslund", "Furesø", "Vallensbæk")) {
      JsonObject row = rows.stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("kommune").equals(kodeByPrintedName.get(noChange))).findFirst().orElseThrow();
      assertThat(row.getInt("change")).isZero();
      assertThat(row.getInt("rank")).isEqualTo(19); // shared by every kommune without a change
    }
    assertThat(report.getJsonObject("total").getInt("change")).isEqualTo(-172);

    // Per 1,000 inhabitants (FOLK1A, 1 January 2016) little Læsø's −2 weighs more than Middelfart's −10.
    JsonObject perThousand = new Api(base).get(
        "api/v1/reports/programme-development?from=2016-01&to=2016-10&rankBy=perThousand",
        Tokens.ministryAnalyst()).json();
    assertThat(perThousand.getJsonObject("parameters").getString("populationYear")).isEqualTo("2016");
    List<String> firstFour = perThousand.getJsonArray("rows").stream().limit(4)
        .map(r -> r.asJsonObject().getString("navn") + " " + r.asJsonObject().getJsonNumber("changePer1000")
            + " #" + r.asJsonObject().getInt("rankPer1000"))
        .toList();
    assertThat(firstFour).containsExactly("Lejre -1.39 #1", "Solrød -1.24 #2", "Langeland -1.2 #3",
        "Læsø -1.1 #4");
    JsonObject laesoe = perThousand.getJsonArray("rows").getJsonObject(3);
    assertThat(laesoe.getInt("population")).isEqualTo(1_817);
    assertThat(laesoe.getInt("rank")).isEqualTo(14);

    // Læsø's own staff see the national total and their own row, nobody else's.
    JsonObject ownView = new Api(base).get(
        "api/v1/reports/programme-development?from=2016-01&to=2016-10&rankBy=perThousand",
        Tokens.caseworker("825")).json();
    assertThat(ownView.getJsonArray("rows")).hasSize(1);
    assertThat(ownView.getJsonArray("rows").getJsonObject(0).getInt("rankPer1000")).isEqualTo(4);
    assertThat(ownView.getJsonObject("total").getInt("change")).isEqualTo(-172);
  }

  private String kodeOf(String printedName) {
    Api.Reply reply = new Api(base).get(
        "api/v1/kommuner?navn=" + URLEncoder.encode(printedName, StandardCharsets.UTF_8), Tokens.ministryAnalyst());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.jsonArray()).as(printedName).hasSize(1);
    return reply.jsonArray().getJsonObject(0).getString("kode");
  }

  private static String nameOf(Map<String, String> kodeByPrintedName, String kode) {
    return kodeByPrintedName.entrySet().stream().filter(e -> e.getValue().equals(kode)).findFirst().orElseThrow()
        .getKey();
  }

  /**
   * A refugee taken over on {@code takeover} by the kommune of this caseworker, who receives integration benefit from
   * then until {@code end}.
   */
  private void recipient(String caseworker, String takeover, String end) {
    Api api = new Api(base);
    Api.Reply person = api.post("api/v1/cases", caseworker, """
        {"cpr": "%s", "name": "Modtager", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.bornBefore(1996), takeover));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    String endField = end == null ? "" : ", \"endDate\": \"" + end + "\"";
    Api.Reply benefit = api.post("api/v1/cases/" + person.json().getString("id") + "/benefits", caseworker,
        "{\"kind\": \"INTEGRATION_BENEFIT\", \"startDate\": \"" + takeover + "\"" + endField + "}");
    assertThat(benefit.status()).as(benefit.toString()).isEqualTo(201);
  }
}
