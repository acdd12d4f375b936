package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Reference data instead of free text: the dated ministry areas (listed, validated by date, renamed ministries
 * counted under their successor) and the ISCO-08 and DB07 codes checked against the shipped lists.
 */
class ReferenceDataIT {

  private static final String KOMMUNE = "147";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private static List<String> codes(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonArray().stream().map(a -> a.asJsonObject().getString("code")).toList();
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  private Api.Reply registerEmployer(String sector, String extra) {
    return api().post("api/v1/employers", Tokens.consultant(KOMMUNE), """
        {"cvr": "%s", "name": "Styrelsen for Prøver", "sector": "%s", "locationKommune": "%s"%s}"""
        .formatted(TestCvr.random(), sector, KOMMUNE, extra));
  }

  private Api.Reply setTarget(String area, int year) {
    return api().send(Api.request(api().uri("api/v1/igu-targets/" + area + "/" + year), Tokens.ministryAnalyst())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"targetPupils\": 10}")));
  }

  @Test
  void theMinistryAreasInForceOnADateAndTheirHistory() {
    List<String> in2017 = codes(api().get("api/v1/reference/ministry-areas?on=2017-03-31",
        Tokens.caseworker(KOMMUNE)));
    assertThat(in2017).contains("ERHVERVSMINISTERIET", "BOERNE_OG_SOCIALMINISTERIET", "BESKAEFTIGELSESMINISTERIET")
        .doesNotContain("ERHVERVS_OG_VAEKSTMINISTERIET", "AELDREMINISTERIET");
    List<String> today = codes(api().get("api/v1/reference/ministry-areas?on=" + DanishDate.today(),
        Tokens.ministryAnalyst()));
    assertThat(today).contains("AELDREMINISTERIET", "SOCIAL_OG_BOLIGMINISTERIET")
        .doesNotContain("SOCIAL_BOLIG_OG_AELDREMINISTERIET", "KIRKEMINISTERIET");

    Api.Reply all = api().get("api/v1/reference/ministry-areas", Tokens.consultant(KOMMUNE));
    JsonObject renamed = all.jsonArray().stream().map(JsonObject.class::cast)
        .filter(a -> a.getString("code").equals("ERHVERVS_OG_VAEKSTMINISTERIET")).findFirst().orElseThrow();
    assertThat(renamed.getString("name")).isEqualTo("Erhvervs- og Vækstministeriet");
    assertThat(renamed.getString("validTo")).isEqualTo("2016-11-28");
    assertThat(renamed.getString("successor")).isEqualTo("ERHVERVSMINISTERIET");

    assertThat(fields(api().get("api/v1/reference/ministry-areas?on=31-03-2017", Tokens.admin())))
        .containsExactly("on");
    assertThat(api().get("api/v1/reference/ministry-areas", null).status()).isEqualTo(401);
  }

  @Test
  void theMinistryAreasMayBeCachedLikeTheKommunerButNotAFault() {
    Api.Reply kommuner = api().get("api/v1/kommuner", Tokens.caseworker(KOMMUNE));
    Api.Reply all = api().get("api/v1/reference/ministry-areas", Tokens.caseworker(KOMMUNE));
    Api.Reply onADate = api().get("api/v1/reference/ministry-areas?on=2017-03-31", Tokens.ministryAnalyst());

    assertThat(all.header("Cache-Control")).hasValue("private, max-age=3600")
        .isEqualTo(kommuner.header("Cache-Control"));
    assertThat(onADate.header("Cache-Control")).hasValue("private, max-age=3600");
    // neither list is a versioned resource, so neither carries an ETag
    assertThat(all.header("ETag")).isEqualTo(kommuner.header("ETag")).isEmpty();
    // a fault is not reference data and must never be kept
    assertThat(api().get("api/v1/reference/ministry-areas?on=31-03-2017", Tokens.admin()).header("Cache-Control"))
        .hasValue("no-store");
  }

  @Test
  void anEmployerAndATargetNameAnAreaInForceOnTheirDate() {
    // a one-letter typo, an area that ended in 2016, and one that does not exist
    assertThat(fields(registerEmployer("STATE", ", \"ministryArea\": \"FORSVARSMINISTERIE\"")))
        .containsExactly("ministryArea");
    assertThat(fields(registerEmployer("STATE", ", \"ministryArea\": \"ERHVERVS_OG_VAEKSTMINISTERIET\"")))
        .containsExactly("ministryArea");
    assertThat(fields(registerEmployer("STATE", ", \"ministryArea\": \"MINISTERIERNE_2017\"")))
        .containsExactly("ministryArea");
    assertThat(registerEmployer("STATE", ", \"ministryArea\": \"" + TestMinistryAreas.REFERENCE_DATA + "\"")
        .status()).isEqualTo(201);

    // a target is for the ministries of its year: Erhvervs- og Vækstministeriet had one in 2016, not in 2020
    assertThat(setTarget("ERHVERVS_OG_VAEKSTMINISTERIET", 2016).status()).isEqualTo(200);
    assertThat(fields(setTarget("ERHVERVS_OG_VAEKSTMINISTERIET", 2020))).containsExactly("ministryArea");
    assertThat(fields(setTarget("FORSVARSMINISTERIE", 2020))).containsExactly("ministryArea");
    assertThat(fields(api().get("api/v1/igu-targets/FORSVARSMINISTERIE/2020/kommuner", Tokens.ministryAnalyst())))
        .containsExactly("ministryArea");
  }

  @Test
  void aRenamedMinistrysPupilsCountUnderTheAreaInForceOnTheReportDate() throws Exception {
    Api.Reply employer = registerEmployer("STATE", ", \"ministryArea\": \"" + TestMinistryAreas.REFERENCE_DATA
        + "\"");
    assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
    String employerId = employer.json().getString("id");
    Api.Reply placed = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), """
        {"caseId": "%s", "employerId": "%s", "startDate": "2024-03-01", "plannedHoursPerWeek": 30,
         "payBasis": "EGU", "signedDate": "2024-02-20"}""".formatted(refugee(), employerId));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    // As if the employer had been registered in 2023, under Social-, Bolig- og Ældreministeriet (renamed Social- og
    // Boligministeriet on 2024-08-29): the API takes only areas in force today, so the row is arranged directly.
    try (Connection db = ItDatabase.connect(); PreparedStatement update = db.prepareStatement(
        "update employers.employer set ministry_area = 'SOCIAL_BOLIG_OG_AELDREMINISTERIET' where id = ?::uuid")) {
      update.setString(1, employerId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }

    // before the rename it counts under its own name, after it under the successor
    assertThat(actual("2024-06-30", "SOCIAL_BOLIG_OG_AELDREMINISTERIET")).isGreaterThanOrEqualTo(1);
    assertThat(actual("2024-06-30", "SOCIAL_OG_BOLIGMINISTERIET")).isZero();
    assertThat(actual("2025-06-30", "SOCIAL_OG_BOLIGMINISTERIET")).isGreaterThanOrEqualTo(1);
    assertThat(actual("2025-06-30", "SOCIAL_BOLIG_OG_AELDREMINISTERIET")).isZero();

    JsonObject report = api().get("api/v1/reports/igu-targets?year=2025&date=2025-06-30",
        Tokens.ministryAnalyst()).json();
    List<String> areas = report.getJsonArray("rows").stream()
        .map(r -> r.asJsonObject().getString("ministryArea")).toList();
    assertThat(areas).contains("SOCIAL_OG_BOLIGMINISTERIET").doesNotContain("SOCIAL_BOLIG_OG_AELDREMINISTERIET");
  }

  @Test
  void theSuccessorChainIsFollowedToTheAreaInForce() throws Exception {
    try (Connection db = ItDatabase.connect(); PreparedStatement q = db.prepareStatement(
        "select employers.ministry_area_on(?, ?::date)")) {
      assertThat(areaOn(q, "TRANSPORT_OG_BYGNINGSMINISTERIET", "2016-01-01"))
          .isEqualTo("TRANSPORT_OG_BYGNINGSMINISTERIET");
      assertThat(areaOn(q, "TRANSPORT_OG_BYGNINGSMINISTERIET", "2018-01-01"))
          .isEqualTo("TRANSPORT_BYGNINGS_OG_BOLIGMINISTERIET");
      assertThat(areaOn(q, "TRANSPORT_OG_BYGNINGSMINISTERIET", "2022-01-01")).isEqualTo("TRANSPORTMINISTERIET");
      assertThat(areaOn(q, "SUNDHEDS_OG_AELDREMINISTERIET", "2023-01-01"))
          .isEqualTo("INDENRIGS_OG_SUNDHEDSMINISTERIET");
      assertThat(areaOn(q, "AELDREMINISTERIET", "2020-01-01")).as("no way back from a split").isEqualTo(
          "AELDREMINISTERIET");
      assertThat(areaOn(q, "NOT_LISTED", "2020-01-01")).isEqualTo("NOT_LISTED");
    }
  }

  @Test
  void occupationAndIndustryCodesMustBeInTheShippedLists() {
    assertThat(fields(registerEmployer("PRIVATE", ", \"industryCode\": \"421000\"")))
        .as("DB07 code withdrawn in 2013").containsExactly("industryCode");
    assertThat(fields(registerEmployer("PRIVATE", ", \"industryCode\": \"123456\""))).containsExactly("industryCode");
    Api.Reply known = registerEmployer("PRIVATE", ", \"industryCode\": \"421100\"");
    assertThat(known.status()).as(known.toString()).isEqualTo(201);
    String employer = known.json().getString("id");

    Api.Reply vacancy = api().post("api/v1/vacancies", Tokens.consultant(KOMMUNE), """
        {"employerId": "%s", "title": "Vejarbejder", "occupationCode": "7999", "persons": 1, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "147", "offerType": "ORDINARY_JOB"}"""
        .formatted(employer, DanishDate.today().plusDays(20)));
    assertThat(fields(vacancy)).containsExactly("occupationCode");

    String caseId = refugee();
    String etag = api().get("api/v1/cases/" + caseId, Tokens.caseworker(KOMMUNE)).header("ETag").orElseThrow();
    Api.Reply competences = api().send(Api.request(api().uri("api/v1/cases/" + caseId + "/competences"),
        Tokens.caseworker(KOMMUNE)).header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString("""
            {"workExperience": [{"occupationCode": "7115", "years": 2}, {"occupationCode": "711599", "years": 1},
                                {"occupationCode": "79", "years": 1}]}""")));
    assertThat(fields(competences)).singleElement().asString().contains("workExperience").contains("2")
        .contains("occupationCode");
  }

  private long actual(String date, String area) {
    Api.Reply reply = api().get("api/v1/igu-targets?year=" + date.substring(0, 4) + "&date=" + date,
        Tokens.ministryAnalyst());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonArray().stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("ministryArea").equals(area)).findFirst()
        .map(r -> r.getJsonNumber("actual").longValue()).orElse(0L);
  }

  private static String areaOn(PreparedStatement q, String area, String date) throws Exception {
    q.setString(1, area);
    q.setString(2, date);
    try (ResultSet r = q.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }

  /** A refugee born in 1990 with a residence permit from 2016: eligible for IGU under the 2021 rules in 2024. */
  private String refugee() {
    String cpr = TestCpr.bornOn(LocalDate.of(1990, 1 + ThreadLocalRandom.current().nextInt(12),
        1 + ThreadLocalRandom.current().nextInt(28)));
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(KOMMUNE), """
        {"cpr": "%s", "name": "Yonas Tesfay", "residenceBasis": "REFUGEE", "takeoverDate": "2016-06-01",
         "residencePermitDate": "2016-03-01"}""".formatted(cpr));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }
}
