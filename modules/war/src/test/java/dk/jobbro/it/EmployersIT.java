package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The company consultant's work end to end: company register with per-kommune notes, partnership agreements, IGU
 * placements with the case's IGU offer and bonus milestones, rejection reasons, tenancy, versions, ministry targets.
 */
class EmployersIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "410";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private String employer(String kommune, String sector, String extra) {
    String json = """
        {"cvr": "%s", "name": "Lillebælt Byg ApS", "sector": "%s", "locationKommune": "%s", "industryCode": "412000",
         "industry": "Byggeri", "contact": {"name": "Mette Holm", "email": "mh@example.dk"}%s}"""
        .formatted(TestCvr.random(), sector, kommune, extra);
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(kommune), json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /**
   * A refugee case of the given age on {@code on} in the kommune, taken over {@code monthsBefore} months before that
   * day and permitted a month before the takeover. The IGU tests pass their start date.
   */
  private String newCase(String kommune, int age, int monthsBefore, LocalDate on) {
    LocalDate birth = on.minusYears(age).minusDays(40 + ThreadLocalRandom.current().nextInt(300)); // varied: CPRs must not collide
    String cpr = TestCpr.bornOn(birth);
    String json = """
        {"cpr": "%s", "name": "Yonas Tesfay", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s"}""".formatted(cpr, on.minusMonths(monthsBefore),
        on.minusMonths(monthsBefore + 1));
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(kommune), json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private static String placement(String caseId, String employerId, LocalDate start, String extra) {
    return """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"%s}""".formatted(caseId, employerId, start, start.minusDays(40), extra);
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  @Test
  void oneCompanyPerCvrFoundByEveryKommuneWithNotesPerKommune() {
    String cvr = TestCvr.random();
    String json = """
        {"cvr": "%s", "name": "Fynsk Grønt A/S", "sector": "PRIVATE", "locationKommune": "410"}""".formatted(cvr);
    Api.Reply created = api().post("api/v1/employers", Tokens.consultant("410"), json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));

    Api.Reply again = api().post("api/v1/employers", Tokens.consultant("101"), json);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("detail")).contains(id);

    assertThat(fields(api().post("api/v1/employers", Tokens.consultant("410"),
        json.replace(cvr, "24256791")))).containsExactly("cvr");
    assertThat(fields(api().post("api/v1/employers", Tokens.consultant("410"), json.replace(cvr, TestCvr.random())
        .replace("PRIVATE", "STATE")))).containsExactly("ministryArea");
    assertThat(fields(api().post("api/v1/employers", Tokens.consultant("410"), json.replace(cvr, TestCvr.random())
        .replace("PRIVATE", "MUNICIPAL")))).containsExactly("employingKommune");

    JsonObject found = api().get("api/v1/employers?cvr=" + cvr, Tokens.consultant("101")).json();
    assertThat(found.getInt("total")).isEqualTo(1);
    assertThat(found.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(api().get("api/v1/employers?name=fynsk", Tokens.consultant("101")).json().getInt("total"))
        .isPositive();
    assertThat(fields(api().get("api/v1/employers", Tokens.consultant("101")))).containsExactly("cvr");
    assertThat(api().get("api/v1/employers?cvr=" + cvr, Tokens.caseworker("410")).status()).isEqualTo(403);

    assertThat(api().post("api/v1/employers/" + id + "/notes", Tokens.consultant("410"),
        "{\"text\": \"Wants two IGU pupils in the warehouse from spring\"}").status()).isEqualTo(201);
    assertThat(api().get("api/v1/employers/" + id + "/notes", Tokens.consultant("410")).jsonArray()).hasSize(1);
    assertThat(api().get("api/v1/employers/" + id + "/notes", Tokens.consultant("101")).jsonArray()).isEmpty();
  }

  @Test
  void partnershipsAreTheKommunesOwnAndCounted() {
    String employer = employer("420", "PRIVATE", "");
    long before = api().get("api/v1/partnerships/count", Tokens.consultant("420")).json().getJsonNumber("active")
        .longValue();
    String body = """
        {"employerId": "%s", "signedDate": "%s", "commitments": {"virksomhedspraktikPlaces": 4,
         "loentilskudPlaces": 2, "iguPlaces": 3, "occupations": ["7115", "9329"]}}""".formatted(employer, TODAY);
    Api.Reply signed = api().post("api/v1/partnerships", Tokens.consultant("420"), body);
    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    String id = signed.json().getString("id");
    assertThat(signed.json().getJsonObject("commitments").getJsonArray("occupations")).hasSize(2);
    assertThat(api().post("api/v1/partnerships", Tokens.consultant("420"), body).status()).isEqualTo(409);
    assertThat(fields(api().post("api/v1/partnerships", Tokens.consultant("101"), body.replace("\"iguPlaces\": 3",
        "\"iguPlaces\": -1")))).containsExactly("commitments.iguPlaces");

    JsonObject count = api().get("api/v1/partnerships/count", Tokens.consultant("420")).json();
    assertThat(count.getJsonNumber("active").longValue()).isEqualTo(before + 1);
    assertThat(api().get("api/v1/partnerships/" + id, Tokens.consultant("101")).status()).isEqualTo(404);
    assertThat(api().get("api/v1/partnerships?status=ACTIVE", Tokens.consultant("420")).json().getInt("total"))
        .isPositive();

    assertThat(send("POST", "api/v1/partnerships/" + id + "/end", Tokens.consultant("420"), "\"99\"",
        "{\"endDate\": \"" + TODAY + "\"}").status()).isEqualTo(412);
    String etag = api().get("api/v1/partnerships/" + id, Tokens.consultant("420")).header("ETag").orElseThrow();
    Api.Reply ended = send("POST", "api/v1/partnerships/" + id + "/end", Tokens.consultant("420"), etag,
        "{\"endDate\": \"" + TODAY + "\", \"reason\": \"The company moved\"}");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().getString("status")).isEqualTo("ENDED");
  }

  @Test
  void anIguPlacementGivesTheCaseItsOfferAndTheEmployerItsBonus() {
    String employer = employer(KOMMUNE, "PRIVATE", "");
    LocalDate start = TestIgu.startOn(TODAY);
    String caseId = newCase(KOMMUNE, 30, 1, start);
    Api.Reply created = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(caseId, employer, start, ""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject p = created.json();
    assertThat(p.getString("plannedEndDate")).isEqualTo(start.plusMonths(24).toString());
    assertThat(p.getInt("schoolWeeks")).isEqualTo(23);
    assertThat(p.getJsonObject("vitas").getString("dueDate")).isEqualTo(start.minusDays(40).plusMonths(1).toString());
    assertThat(p.getJsonObject("vitas").getBoolean("late")).isTrue();
    assertThat(p.getJsonArray("bonus")).hasSize(2);
    LocalDate sixMonths = start.plusMonths(6);
    assertThat(p.getJsonArray("bonus").getJsonObject(0).getString("dueDate")).isEqualTo(sixMonths.toString());
    // pending until its day; an IGU that started on the scheme's last start date may be past it when a run is late
    assertThat(p.getJsonArray("bonus").getJsonObject(0).getString("status"))
        .isEqualTo(TODAY.isBefore(sixMonths) ? "PENDING" : "DUE");

    JsonObject offer = api().get("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE)).jsonArray()
        .getJsonObject(0);
    assertThat(offer.getString("type")).isEqualTo("IGU");
    assertThat(offer.getString("id")).isEqualTo(p.getString("offerId"));
    assertThat(offer.getString("endDate")).isEqualTo(start.plusMonths(24).toString());

    String path = "api/v1/igu-placements/" + p.getString("id");
    assertThat(api().get(path, Tokens.consultant("101")).status()).isEqualTo(404);
    assertThat(send("PUT", path + "/vitas", Tokens.consultant("101"), "\"0\"",
        "{\"registeredDate\": \"" + start + "\"}").status()).isEqualTo(404);

    Api.Reply stale = send("PUT", path + "/vitas", Tokens.consultant(KOMMUNE), "\"99\"",
        "{\"registeredDate\": \"" + start.minusDays(35) + "\"}");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(send("PUT", path + "/vitas", Tokens.consultant(KOMMUNE), null,
        "{\"registeredDate\": \"" + start.minusDays(35) + "\"}").status()).isEqualTo(428);
    String etag = api().get(path, Tokens.consultant(KOMMUNE)).header("ETag").orElseThrow();
    Api.Reply vitas = send("PUT", path + "/vitas", Tokens.consultant(KOMMUNE), etag,
        "{\"registeredDate\": \"" + start.minusDays(35) + "\"}");
    assertThat(vitas.status()).as(vitas.toString()).isEqualTo(200);
    assertThat(vitas.json().getJsonObject("vitas").getBoolean("late")).isFalse();

    Api.Reply second = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(caseId, employer, TestIgu.startOn(TODAY.plusDays(7)), ""));
    assertThat(second.status()).as(second.toString()).isEqualTo(422);
    assertThat(second.json().getJsonArray("violations").toString()).contains("NO_EARLIER_IGU");

    assertThat(api().post("api/v1/igu-placements", Tokens.consultant("101"),
        placement(newCase(KOMMUNE, 30, 1, start), employer, start, "")).status()).isEqualTo(404);
  }

  @Test
  void aRejectionListsEveryReason() {
    String employer = employer(KOMMUNE, "PRIVATE", "");
    LocalDate start = TestIgu.startOn(TODAY);
    String caseId = newCase(KOMMUNE, 55, 1, start);
    Api.Reply r = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), placement(caseId, employer, start,
        ", \"lastOrdinaryEmploymentEnd\": \"" + start.minusMonths(1) + "\""));
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    assertThat(r.isProblem()).isTrue();
    assertThat(fields(r)).containsExactlyInAnyOrder("caseId", "lastOrdinaryEmploymentEnd");
    assertThat(r.json().getJsonArray("violations").toString()).contains("AGE").doesNotContain(caseId.substring(0, 8)
        + "x");
    assertThat(api().get("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE)).jsonArray()).isEmpty();

    assertThat(fields(api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(newCase(KOMMUNE, 30, 1, start), employer, start, "").replace("\"plannedHoursPerWeek\": 30",
            "\"plannedHoursPerWeek\": 20")))).containsExactly("plannedHoursPerWeek");

    // no IGU starts after the scheme's last start date, also for a person who may start one on it
    Api.Reply closed = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(newCase(KOMMUNE, 30, 1, start), employer, TestIgu.LAST_START.plusDays(1), ""));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(422);
    assertThat(closed.json().getJsonArray("violations").getValuesAs(JsonObject.class))
        .filteredOn(v -> v.getString("field").equals("startDate")).extracting(v -> v.getString("message"))
        .singleElement().asString().startsWith("SCHEME_OPEN").contains(TestIgu.LAST_START.toString());
  }

  @Test
  void bonusMilestonesAreClaimedAndPaidAndEarlyEndForfeitsTheRest() {
    String employer = employer(KOMMUNE, "PRIVATE", "");
    // the first IGU ends early today and the next starts tomorrow; once the scheme has closed, the next starts on its
    // last start date and the first ended the day before
    LocalDate nextStart = TestIgu.startOn(TODAY.plusDays(1));
    LocalDate end = nextStart.minusDays(1);
    String caseId = newCase(KOMMUNE, 28, 8, end);
    LocalDate start = end.minusMonths(7);
    Api.Reply created = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(caseId, employer, start, ", \"vitasRegisteredDate\": \"" + start.minusDays(30) + "\""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject p = created.json();
    assertThat(p.getJsonArray("bonus").getJsonObject(0).getString("status")).isEqualTo("DUE");
    String path = "api/v1/igu-placements/" + p.getString("id");
    String etag = created.header("ETag").orElseThrow();

    Api.Reply early = send("PUT", path + "/bonus/COMPLETION", Tokens.consultant(KOMMUNE), etag,
        "{\"status\": \"CLAIMED\", \"date\": \"" + TODAY + "\"}");
    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    Api.Reply claimed = send("PUT", path + "/bonus/SIX_MONTHS", Tokens.consultant(KOMMUNE), etag,
        "{\"status\": \"CLAIMED\", \"date\": \"" + TODAY + "\"}");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
    assertThat(claimed.json().getJsonArray("bonus").getJsonObject(0).getString("status")).isEqualTo("CLAIMED");
    assertThat(send("PUT", path + "/bonus/SIX_MONTHS", Tokens.consultant(KOMMUNE), etag,
        "{\"status\": \"PAID\", \"date\": \"" + TODAY + "\"}").status()).isEqualTo(412);
    etag = claimed.header("ETag").orElseThrow();
    Api.Reply paid = send("PUT", path + "/bonus/SIX_MONTHS", Tokens.consultant(KOMMUNE), etag,
        "{\"status\": \"PAID\", \"date\": \"" + TODAY + "\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

    Api.Reply ended = send("POST", path + "/termination", Tokens.consultant(KOMMUNE),
        paid.header("ETag").orElseThrow(), "{\"endDate\": \"" + end + "\", \"reason\": \"ORDINARY_JOB\"}");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().getString("status")).isEqualTo("TERMINATED");
    assertThat(ended.json().getJsonArray("bonus").getJsonObject(1).getString("status")).isEqualTo("FORFEITED");
    assertThat(ended.json().getJsonArray("bonus").getJsonObject(0).getString("status")).isEqualTo("PAID");
    JsonObject offer = api().get("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE)).jsonArray()
        .getJsonObject(0);
    assertThat(offer.getString("endDate")).isEqualTo(end.toString());
    assertThat(offer.getBoolean("endedEarly")).isTrue();

    // A person can complete only one IGU: one that ended early leaves room for another, a running one does not.
    Api.Reply again = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(caseId, employer(KOMMUNE, "PRIVATE", ""), nextStart, ""));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    Api.Reply third = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(caseId, employer(KOMMUNE, "PRIVATE", ""), TestIgu.startOn(TODAY.plusDays(2)), ""));
    assertThat(third.status()).isEqualTo(422);
    assertThat(third.json().getJsonArray("violations").toString()).contains("NO_EARLIER_IGU");
  }

  @Test
  void ministryTargetsAgainstActualStatePlacements() {
    String area = TestMinistryAreas.EMPLOYERS;
    String employer = employer(KOMMUNE, "STATE", ", \"ministryArea\": \"" + area + "\"");
    LocalDate start = TestIgu.startOn(TODAY);
    Api.Reply placed = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE),
        placement(newCase(KOMMUNE, 35, 1, start), employer, start, ""));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    assertThat(placed.json().getJsonArray("bonus")).isEmpty(); // no bonus for public employers

    // the targets of the placement's year, counted on its first day and the day before
    String target = "api/v1/igu-targets/" + area + "/" + start.getYear();
    assertThat(send("PUT", target, Tokens.consultant(KOMMUNE), null, "{\"targetPupils\": 5}").status())
        .isEqualTo(403);
    Api.Reply set = send("PUT", target, Tokens.ministryAnalyst(), null, "{\"targetPupils\": 5}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    Api.Reply report = api().get("api/v1/igu-targets?year=" + start.getYear() + "&date=" + start,
        Tokens.ministryAnalyst());
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonObject row = report.jsonArray().stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("ministryArea").equals(area)).findFirst().orElseThrow();
    assertThat(row.getInt("target")).isEqualTo(5);
    assertThat(row.getInt("actual")).isEqualTo(1);
    JsonObject before = api().get("api/v1/igu-targets?year=" + start.getYear() + "&date=" + start.minusDays(1),
        Tokens.ministryAnalyst()).jsonArray().stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("ministryArea").equals(area)).findFirst().orElseThrow();
    assertThat(before.getInt("actual")).isZero();

    // The area's target split over kommuner: the placement counts where its jobcentre made it.
    Api.Reply split = send("PUT", target + "/kommuner/851", Tokens.ministryAnalyst(), null, "{\"targetPupils\": 2}");
    assertThat(split.status()).as(split.toString()).isEqualTo(200);
    assertThat(split.json().getInt("target")).isEqualTo(2);
    JsonArray perKommune = api().get(target + "/kommuner?date=" + start, Tokens.ministryAnalyst()).jsonArray();
    assertThat(perKommune.stream().map(v -> v.asJsonObject())
        .map(o -> o.getString("kommune") + ":" + (o.containsKey("target") ? o.getInt("target") : "-") + "/"
            + o.getInt("actual")))
        .containsExactly(KOMMUNE + ":-/1", "851:2/0");
    assertThat(fields(send("PUT", target + "/kommuner/411", Tokens.ministryAnalyst(), null,
        "{\"targetPupils\": 2}"))).containsExactly("kommune");
    assertThat(send("PUT", target + "/kommuner/851", Tokens.consultant("851"), null, "{\"targetPupils\": 9}")
        .status()).isEqualTo(403);
    assertThat(fields(api().get("api/v1/igu-targets?year=x", Tokens.ministryAnalyst()))).containsExactly("year");
    assertThat(api().get("api/v1/igu-targets?year=2026", Tokens.caseworker(KOMMUNE)).status()).isEqualTo(403);
  }

  @Test
  void aVacancyOpenToOtherKommunerIsSeenWithinItsCommuteOnly() {
    String employer = employer(KOMMUNE, "PRIVATE", "");
    String json = """
        {"employerId": "%s", "title": "Lagermedarbejder", "occupationCode": "9333", "persons": 3, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "410", "offerType": "IGU",
         "languages": [{"language": "da", "level": "BASIC"}], "skills": ["truckcertifikat"],
         "openToOtherKommuner": true, "maxCommuteKm": 50}""".formatted(employer, TODAY.plusMonths(1));
    Api.Reply opened = api().post("api/v1/vacancies", Tokens.consultant(KOMMUNE), json);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    String path = "api/v1/vacancies/" + opened.json().getString("id");
    assertThat(opened.json().getJsonNumber("distanceKm").doubleValue()).isZero();

    Api.Reply odense = api().get(path, Tokens.consultant("461")); // about 43 km away
    assertThat(odense.status()).as(odense.toString()).isEqualTo(200);
    assertThat(odense.json().getJsonNumber("distanceKm").doubleValue()).isBetween(30.0, 50.0);
    assertThat(api().get(path, Tokens.consultant("101")).status()).isEqualTo(404); // København, far away
    assertThat(api().get("api/v1/vacancies?status=OPEN&size=100", Tokens.consultant("621")).json()
        .getJsonArray("items").toString()).contains(opened.json().getString("id"));
    assertThat(fields(api().post("api/v1/vacancies", Tokens.consultant(KOMMUNE), json.replace("\"persons\": 3",
        "\"persons\": 0").replace("\"offerType\": \"IGU\"", "\"offerType\": \"MENTOR\""))))
        .containsExactlyInAnyOrder("persons", "offerType");

    String etag = opened.header("ETag").orElseThrow();
    assertThat(send("POST", path + "/status/FILLED", Tokens.consultant("461"), etag, null).status())
        .isEqualTo(404);
    Api.Reply filled = send("POST", path + "/status/FILLED", Tokens.consultant(KOMMUNE), etag, null);
    assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
    assertThat(api().get(path, Tokens.consultant("461")).status()).isEqualTo(404);
    assertThat(api().get(path, Tokens.consultant(KOMMUNE)).json().getString("status")).isEqualTo("FILLED");
  }
}
