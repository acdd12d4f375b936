package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * Middelfart's figures of 2017 (../shared/seed-figures.md, figure 6): 60 persons with refugee background became
 * self-supporting through a job or education in 2016, 73 in 2017. The persons are entered through the public API
 * (taken over in January 2016, when no other test takes anyone over in Middelfart) and the self-supporting report
 * must count them in the right year, by gender.
 */
class Middelfart2017IT {

  private static final String MIDDELFART = "410";

  URL base = SharedDeployment.url();

  @Test
  void sixtyIn2016AndSeventyThreeIn2017BecameSelfSupporting() throws Exception {
    Parallel work = new Parallel();
    // 2016: 38 men and 22 women; 2017: 45 men and 28 women; every third through education.
    for (int n = 0; n < 60 + 73; n++) {
      boolean in2016 = n < 60;
      int i = in2016 ? n : n - 60;
      boolean male = in2016 ? i < 38 : i < 45;
      String date = (in2016 ? "2016-" : "2017-") + String.format("%02d-15", 3 + i % 9);
      String kind = i % 3 == 0 ? "EDUCATION" : "ORDINARY_JOB";
      work.add(() -> selfSupporting(arrival(male), kind, date));
    }
    work.run();

    Api api = new Api(base);
    JsonObject in2016 = middelfart(api.get("api/v1/reports/self-supporting?year=2016", Tokens.ministryAnalyst())
        .json());
    assertThat(in2016.getInt("total")).isEqualTo(60);
    assertThat(in2016.getInt("men")).isEqualTo(38);
    assertThat(in2016.getInt("women")).isEqualTo(22);
    JsonObject in2017 = middelfart(api.get("api/v1/reports/self-supporting?year=2017", Tokens.caseworker(MIDDELFART))
        .json());
    assertThat(in2017.getInt("total")).isEqualTo(73); // Middelfart's own staff see their own row
    assertThat(in2017.getInt("women")).isEqualTo(28);
  }

  private static JsonObject middelfart(JsonObject report) {
    return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("kommune").equals(MIDDELFART)).findFirst().orElseThrow();
  }

  private String arrival(boolean male) {
    Api.Reply person = new Api(base).post("api/v1/cases", Tokens.caseworker(MIDDELFART), """
        {"cpr": "%s", "name": "Selvforsørgende", "residenceBasis": "REFUGEE", "takeoverDate": "2016-01-04"}"""
        .formatted(TestCpr.adult(male)));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    return person.json().getString("id");
  }

  private void selfSupporting(String caseId, String kind, String date) {
    Api api = new Api(base);
    String etag = api.get("api/v1/cases/" + caseId, Tokens.caseworker(MIDDELFART)).header("ETag").orElseThrow();
    Api.Reply reply = api.send(Api.request(api.uri("api/v1/cases/" + caseId + "/self-supporting"),
        Tokens.caseworker(MIDDELFART)).header("If-Match", etag).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"}")));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }
}
