package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GET /api/v1/kommuner over real HTTP. */
class KommunerIT {

  URL base = SharedDeployment.url();

  @Test
  void listsAllNinetyEightKommunerWithTheirRegions() {
    Api.Reply reply = new Api(base).get("api/v1/kommuner", Tokens.ministryAnalyst());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonArray kommuner = reply.jsonArray();
    assertThat(kommuner).hasSize(98);
    Map<String, Long> perRegion = kommuner.stream().map(JsonObject.class::cast)
        .collect(Collectors.groupingBy(k -> k.getString("regionNavn"), Collectors.counting()));
    assertThat(perRegion).containsOnly(
        Map.entry("Region Hovedstaden", 29L), Map.entry("Region Sjælland", 17L),
        Map.entry("Region Syddanmark", 22L), Map.entry("Region Midtjylland", 19L),
        Map.entry("Region Nordjylland", 11L));
    assertThat(kommuner.getJsonObject(0).getString("kode")).isEqualTo("101");
    assertThat(kommuner.getJsonObject(0).getString("navn")).isEqualTo("København");
  }

  @Test
  void everyRoleMayReadReferenceData() {
    Api api = new Api(base);
    for (String token : new String[] {Tokens.caseworker("101"), Tokens.consultant("410"), Tokens.sender("drk"),
        Tokens.ministryAnalyst(), Tokens.admin()}) {
      assertThat(api.get("api/v1/kommuner/410", token).json().getString("navn")).isEqualTo("Middelfart");
    }
  }

  @Test
  void acceptsTheFourDigitFormAndKeepsRegionsFromTheData() {
    JsonObject gribskov = new Api(base).get("api/v1/kommuner/0270", Tokens.admin()).json();
    assertThat(gribskov.getString("navn")).isEqualTo("Gribskov");
    assertThat(gribskov.getInt("regionKode")).isEqualTo(1084); // Hovedstaden, although 270 "looks" like Sjælland
  }

  @Test
  void aMalformedCodeIs400NamingTheFieldAndAnUnknownOneIs404() {
    Api api = new Api(base);
    Api.Reply malformed = api.get("api/v1/kommuner/12x", Tokens.admin());
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.isProblem()).isTrue();
    assertThat(malformed.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("kode");

    Api.Reply christianso = api.get("api/v1/kommuner/411", Tokens.admin());
    assertThat(christianso.status()).isEqualTo(404); // Christiansø is not a kommune
    assertThat(christianso.isProblem()).isTrue();
  }

  @Test
  void findsAKommuneByNameInAnySpellingOrAlias() {
    Api api = new Api(base);
    for (String[] spelling : new String[][] {{"H%C3%B8je-T%C3%A5strup", "169"}, {"Vesthimmerland", "820"},
        {"%C3%85rhus", "751"}, {"aabenraa%20kommune", "580"}, {"Lyngby%20Taarb%C3%A6k", "173"}}) {
      JsonArray found = api.get("api/v1/kommuner?navn=" + spelling[0], Tokens.consultant("410")).jsonArray();
      assertThat(found).as(spelling[0]).hasSize(1);
      assertThat(found.getJsonObject(0).getString("kode")).as(spelling[0]).isEqualTo(spelling[1]);
    }
    assertThat(api.get("api/v1/kommuner?navn=Christians%C3%B8", Tokens.admin()).jsonArray()).isEmpty();
  }
}
