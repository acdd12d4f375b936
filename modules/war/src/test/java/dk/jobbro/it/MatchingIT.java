package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.employers.MatchScoring;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Matching across kommune borders: a Middelfart (410) vacancy open to kommuner within 60 km finds Middelfart's own
 * people in full and Odense's (461, about 45 km) only pseudonymised; København (101) is too far. A match request,
 * accepted by Odense's caseworker, reveals the person to Middelfart. Other kommuner's tokens get 404.
 */
class MatchingIT {

  private static final LocalDate TODAY = DanishDate.today();
  /** What a consultant tells the holding kommune with a request. */
  static final String NOTE = """
      {"message": "Lillebælt Tømrer needs a carpenter from next month", "contact":
       {"name": "Mette Konsulent", "email": "mk@middelfart.example", "phone": "+45 88 88 88 88"}}""";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  /** A job-ready refugee aged 30 speaking Danish at {@code danish}, with work experience in {@code occupation}. */
  private String candidate(String kommune, String name, String danish, String occupation) {
    return candidate(kommune, name, danish, occupation, "");
  }

  /** As above, with {@code extra} JSON fields for the case (e.g. a residence permit date). */
  private String candidate(String kommune, String name, String danish, String occupation, String extra) {
    LocalDate birth = TODAY.minusYears(30).minusDays(ThreadLocalRandom.current().nextInt(1, 300));
    String cpr = TestCpr.bornOn(birth);
    String json = """
        {"cpr": "%s", "name": "%s", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "languages": [{"language": "da", "level": "%s"}]%s}""".formatted(cpr, name, TODAY.minusMonths(2), danish,
        extra);
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(kommune), json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().getString("id");
    String profile = """
        {"education": [{"level": "VOCATIONAL", "years": 3}],
         "workExperience": [{"occupationCode": "%s", "description": "Building work", "years": 5}]}"""
        .formatted(occupation);
    String path = "api/v1/cases/" + id + "/competences";
    assertThat(send("PUT", path, Tokens.caseworker(kommune), null, profile).status()).isEqualTo(428);
    Api.Reply put = send("PUT", path, Tokens.caseworker(kommune), r.header("ETag").orElseThrow(), profile);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(send("PUT", path, Tokens.caseworker(kommune), r.header("ETag").orElseThrow(), profile).status())
        .isEqualTo(412);
    return id;
  }

  private String vacancy(String occupation) {
    return vacancy(occupation, ", \"maxCommuteKm\": 60");
  }

  /** A Middelfart vacancy open to other kommuner; {@code commute} is the JSON for its maximum commute, or empty. */
  private String vacancy(String occupation, String commute) {
    return vacancy(occupation, commute, "ORDINARY_JOB");
  }

  private String vacancy(String occupation, String commute, String offerType) {
    String cvr = TestCvr.random();
    Api.Reply employer = api().post("api/v1/employers", Tokens.consultant("410"), """
        {"cvr": "%s", "name": "Lillebælt Tømrer ApS", "sector": "PRIVATE", "locationKommune": "410"}"""
        .formatted(cvr));
    assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
    Api.Reply v = api().post("api/v1/vacancies", Tokens.consultant("410"), """
        {"employerId": "%s", "title": "Tømrer", "occupationCode": "%s", "persons": 2, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "410", "offerType": "%s",
         "languages": [{"language": "da", "level": "B1"}], "openToOtherKommuner": true%s}"""
        .formatted(employer.json().getString("id"), occupation, TODAY.plusMonths(1), offerType, commute));
    assertThat(v.status()).as(v.toString()).isEqualTo(201);
    return v.json().getString("id");
  }

  @Test
  void ownKommuneInFullOthersPseudonymisedUntilAccepted() {
    // an ISCO-08 unit group nobody else uses in this database, so the test finds its own people among others
    String occupation = TestOccupations.unused('7');
    String exact = candidate("410", "Amal Hassan", "B2", occupation);
    String sameMajorGroup = candidate("410", "Dawit Gebre", "A1", TestOccupations.unused('7'));
    String odense = candidate("461", "Rania Khalil", "B1", occupation);
    candidate("101", "Far Away", "B1", occupation);
    String vacancy = vacancy(occupation);

    Api.Reply reply = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100", Tokens.consultant("410"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    Api.Reply tooMany = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=101", Tokens.consultant("410"));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("limit");
    JsonArray own = reply.json().getJsonArray("ownKommune");
    List<String> ownIds = own.stream().map(c -> c.asJsonObject().getString("caseId")).toList();
    assertThat(ownIds).contains(exact, sameMajorGroup);
    assertThat(ownIds.indexOf(exact)).isLessThan(ownIds.indexOf(sameMajorGroup));
    JsonObject best = own.getJsonObject(ownIds.indexOf(exact));
    assertThat(best.getString("name")).isEqualTo("Amal Hassan");
    assertThat(best.getInt("score")).isEqualTo(100);
    assertThat(best.getJsonArray("explanation").stream().map(JsonObject.class::cast)
        .allMatch(c -> c.getBoolean("met"))).isTrue();
    JsonObject weaker = own.getJsonObject(ownIds.indexOf(sameMajorGroup));
    assertThat(weaker.getInt("score")).isLessThan(best.getInt("score"));
    assertThat(weaker.getJsonArray("explanation").stream().map(JsonObject.class::cast)
        .filter(c -> !c.getBoolean("met")).map(c -> c.getString("requirement")))
        .contains("language da B1");
    List<Integer> scores = own.stream().map(c -> c.asJsonObject().getInt("score")).toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

    JsonArray others = reply.json().getJsonArray("otherKommuner");
    assertThat(others.stream().map(JsonObject.class::cast).map(o -> o.getString("kommune")))
        .doesNotContain("101", "410");
    List<JsonObject> fromOdense = others.stream().map(JsonObject.class::cast)
        .filter(o -> TestOccupations.isFirstOf(o, occupation)).toList();
    assertThat(fromOdense).hasSize(1);
    JsonObject profile = fromOdense.get(0);
    assertThat(profile.getString("kommune")).isEqualTo("461");
    assertThat(profile.getJsonNumber("distanceKm").doubleValue()).isBetween(20.0, 60.0);
    assertThat(profile.getString("ageBand")).isEqualTo("30-34");
    assertThat(profile.getInt("score")).isEqualTo(100);
    assertThat(profile.keySet()).doesNotContain("name", "cpr", "caseId");
    assertThat(reply.body()).doesNotContain(odense).doesNotContain("Rania");

    assertThat(api().get("api/v1/vacancies/" + vacancy + "/candidates", Tokens.consultant("461")).status())
        .isEqualTo(404);
    assertThat(api().get("api/v1/vacancies/" + vacancy + "/candidates", Tokens.caseworker("410")).status())
        .isEqualTo(403);

    String ref = profile.getString("matchRef");
    String requests = "api/v1/vacancies/" + vacancy + "/candidates/" + ref + "/requests";
    assertThat(send("POST", "api/v1/vacancies/" + vacancy + "/candidates/0000/requests", Tokens.consultant("410"),
        null, NOTE).status()).isEqualTo(404);
    assertThat(send("POST", requests, Tokens.consultant("461"), null, NOTE).status()).isEqualTo(404);
    Api.Reply noNote = send("POST", requests, Tokens.consultant("410"), null, "{\"message\": \"hi\"}");
    assertThat(noNote.status()).as(noNote.toString()).isEqualTo(400);
    assertThat(noNote.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("contact");
    Api.Reply requested = send("POST", requests, Tokens.consultant("410"), null, NOTE);
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String id = requested.json().getString("id");
    assertThat(requested.json().containsKey("caseId") && !requested.json().isNull("caseId")).isFalse();
    assertThat(send("POST", requests, Tokens.consultant("410"), null, NOTE).status()).isEqualTo(409);

    JsonArray inbox = api().get("api/v1/match-requests?status=REQUESTED&size=100", Tokens.caseworker("461")).json()
        .getJsonArray("items");
    JsonObject seen = inbox.stream().map(JsonObject.class::cast).filter(o -> o.getString("id").equals(id))
        .findFirst().orElseThrow();
    assertThat(seen.getString("caseId")).isEqualTo(odense);
    // the holding kommune's caseworker sees whom, for which job at which company, and whom to call back
    assertThat(seen.getString("employerName")).isEqualTo("Lillebælt Tømrer ApS");
    assertThat(seen.getString("vacancyTitle")).isEqualTo("Tømrer");
    assertThat(seen.getString("message")).contains("carpenter");
    assertThat(seen.getJsonObject("contact").getString("phone")).isEqualTo("+45 88 88 88 88");
    // and has a task to answer, linked to the request and the case
    JsonObject task = api().get("api/v1/tasks?type=MATCH_REQUEST_WAITING&size=100", Tokens.caseworker("461")).json()
        .getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(t -> id.equals(t.getString("matchRequestId", null))).findFirst().orElseThrow();
    assertThat(task.getString("caseId")).isEqualTo(odense);
    assertThat(task.getString("status")).isEqualTo("OPEN");
    assertThat(api().get("api/v1/tasks?type=MATCH_REQUEST_WAITING&size=100", Tokens.caseworker("410")).body())
        .doesNotContain(id);

    String path = "api/v1/match-requests/" + id;
    assertThat(api().get(path, Tokens.caseworker("101")).status()).isEqualTo(404);
    assertThat(api().get(path, Tokens.consultant("101")).status()).isEqualTo(404);
    Api.Reply held = api().get(path, Tokens.caseworker("461"));
    String etag = held.header("ETag").orElseThrow();
    assertThat(etag).isEqualTo("\"" + held.json().getJsonNumber("version").longValue() + "\"");
    assertThat(requested.header("ETag")).contains(etag);
    assertThat(send("POST", path + "/accept", Tokens.caseworker("101"), etag, null).status()).isEqualTo(404);
    assertThat(send("POST", path + "/accept", Tokens.caseworker("410"), etag, null).status()).isEqualTo(404);
    assertThat(send("POST", path + "/accept", Tokens.consultant("461"), etag, null).status()).isEqualTo(403);
    JsonObject before = api().get(path, Tokens.consultant("410")).json();
    assertThat(before.containsKey("caseId") && !before.isNull("caseId")).isFalse();

    Api.Reply accepted = send("POST", path + "/accept", Tokens.caseworker("461"), etag, null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
    String decided = accepted.header("ETag").orElseThrow();
    assertThat(decided).isNotEqualTo(etag);
    assertThat(send("POST", path + "/decline", Tokens.caseworker("461"), decided, null).status()).isEqualTo(409);

    assertThat(api().get("api/v1/tasks/" + task.getString("id"), Tokens.caseworker("461")).json()
        .getString("status")).isEqualTo("DONE");
    JsonObject revealed = api().get(path, Tokens.consultant("410")).json();
    // the requester learns the name only: the case stays the holding kommune's
    assertThat(revealed.getString("name")).isEqualTo("Rania Khalil");
    assertThat(revealed.containsKey("caseId") && !revealed.isNull("caseId")).isFalse();
    assertThat(api().get("api/v1/cases/" + odense, Tokens.caseworker("410")).status()).isEqualTo(404);

    // the requester proposes the job; the holding kommune (it owns the case) confirms and it lands on the case. It
    // starts a week after the availability horizon (a calendar month ahead is only 28 days in February, inside it)
    LocalDate jobStart = TODAY.plusDays(MatchScoring.AVAILABILITY_HORIZON_DAYS + 7);
    String proposal = """
        {"startDate": "%s", "hoursPerWeek": 37}""".formatted(jobStart);
    assertThat(send("POST", path + "/proposal", Tokens.caseworker("461"), decided, proposal).status())
        .isEqualTo(403);
    Api.Reply proposed = send("POST", path + "/proposal", Tokens.consultant("410"), decided, proposal);
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
    assertThat(proposed.json().getString("status")).isEqualTo("PROPOSED");
    String proposedTag = proposed.header("ETag").orElseThrow();
    assertThat(api().get("api/v1/tasks?type=MATCH_REQUEST_WAITING&size=100", Tokens.caseworker("461")).json()
        .getJsonArray("items").stream().map(JsonObject.class::cast)
        .anyMatch(t -> id.equals(t.getString("matchRequestId", null)) && t.getString("status").equals("OPEN")))
        .isTrue();
    assertThat(send("POST", path + "/proposal/confirm", Tokens.consultant("410"), proposedTag, null).status())
        .isEqualTo(403);
    Api.Reply placed = send("POST", path + "/proposal/confirm", Tokens.caseworker("461"), proposedTag, null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
    assertThat(placed.json().getString("status")).isEqualTo("PLACED");
    String offerId = placed.json().getString("offerId");
    JsonArray offers = api().get("api/v1/cases/" + odense + "/offers", Tokens.caseworker("461")).jsonArray();
    JsonObject offer = offers.stream().map(JsonObject.class::cast).filter(o -> o.getString("id").equals(offerId))
        .findFirst().orElseThrow();
    assertThat(offer.getString("type")).isEqualTo("ORDINARY_JOB");
    JsonObject requesterSees = api().get(path, Tokens.consultant("410")).json();
    assertThat(requesterSees.getString("status")).isEqualTo("PLACED");
    assertThat(requesterSees.containsKey("offerId") && !requesterSees.isNull("offerId")).isFalse();
    assertThat(send("POST", path + "/withdraw", Tokens.consultant("410"), placed.header("ETag").orElseThrow(), null)
        .status()).isEqualTo(409);

    // the other direction: Odense's caseworker finds the Middelfart vacancy for the person, København's does not
    Api.Reply fits = api().get("api/v1/cases/" + odense + "/matching-vacancies?limit=100", Tokens.caseworker("461"));
    assertThat(fits.status()).as(fits.toString()).isEqualTo(200);
    JsonObject found = fits.jsonArray().stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("vacancyId").equals(vacancy)).findFirst().orElseThrow();
    // the same pair scores the same from the person's side (the placed job starts after the availability horizon,
    // so it does not take the availability points away yet)
    assertThat(found.getInt("score")).isEqualTo(profile.getInt("score"));
    assertThat(found.getString("locationKommune")).isEqualTo("410");
    assertThat(api().get("api/v1/cases/" + odense + "/matching-vacancies", Tokens.caseworker("410")).status())
        .isEqualTo(404);
    String farAwayCase = candidate("101", "Also Far", "B1", occupation);
    assertThat(api().get("api/v1/cases/" + farAwayCase + "/matching-vacancies?limit=100", Tokens.caseworker("101"))
        .jsonArray().stream().map(JsonObject.class::cast).map(o -> o.getString("vacancyId"))).doesNotContain(vacancy);
  }

  @Test
  void aPairScoresTheSameBothWaysWithSkillsAndTheDrivingLicence() {
    // the same first three ISCO digits, a different fourth: two real unit groups (a made-up one is refused)
    List<String> pair = TestOccupations.unusedPairInOneMinorGroup('7');
    String occupation = pair.get(0);
    String near = pair.get(1);
    String person = candidate("410", "Yonas Berhe", "B1", near);
    Api.Reply read = api().get("api/v1/cases/" + person, Tokens.caseworker("410"));
    Api.Reply skills = send("PUT", "api/v1/cases/" + person + "/competences", Tokens.caseworker("410"),
        read.header("ETag").orElseThrow(), """
        {"education": [{"level": "LOWER_SECONDARY"}], "drivingLicence": false,
         "workExperience": [{"occupationCode": "%s", "years": 2}], "skills": [" Welding "]}"""
        .formatted(near));
    assertThat(skills.status()).as(skills.toString()).isEqualTo(200);
    String employer = api().post("api/v1/employers", Tokens.consultant("410"), """
        {"cvr": "%s", "name": "Svejs ApS", "sector": "PRIVATE", "locationKommune": "410"}"""
        .formatted(TestCvr.random())).json().getString("id");
    Api.Reply v = api().post("api/v1/vacancies", Tokens.consultant("410"), """
        {"employerId": "%s", "title": "Svejser", "occupationCode": "%s", "persons": 1, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "410", "offerType": "VIRKSOMHEDSPRAKTIK",
         "languages": [{"language": "da", "level": "B1"}], "skills": ["welding", "forklift"],
         "drivingLicenceRequired": true, "openToOtherKommuner": false}"""
        .formatted(employer, occupation, TODAY.plusMonths(1)));
    assertThat(v.status()).as(v.toString()).isEqualTo(201);
    String vacancy = v.json().getString("id");

    JsonObject asCandidate = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100",
            Tokens.consultant("410")).json().getJsonArray("ownKommune").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("caseId").equals(person)).findFirst().orElseThrow();
    JsonObject asVacancy = api().get("api/v1/cases/" + person + "/matching-vacancies?limit=100",
            Tokens.caseworker("410")).jsonArray().stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("vacancyId").equals(vacancy)).findFirst().orElseThrow();
    // 3 of 4 ISCO digits, Danish met, one of two skills, no licence, lower-secondary, available
    int expected = 3 * 35 / 4 + 25 + 15 / 2 + 0 + 5 / 2 + 15;
    assertThat(asCandidate.getInt("score")).isEqualTo(expected);
    assertThat(asVacancy.getInt("score")).isEqualTo(expected);
    assertThat(asVacancy.getJsonArray("explanation")).isEqualTo(asCandidate.getJsonArray("explanation"));
    assertThat(asCandidate.getJsonArray("explanation").stream().map(JsonObject.class::cast)
        .filter(c -> !c.getBoolean("met")).map(c -> c.getString("requirement")))
        .containsExactlyInAnyOrder("skill forklift", "driving licence", "education");
  }

  @Test
  void withoutAMaximumCommuteEveryOtherKommuneTakesPart() {
    String occupation = TestOccupations.unused('7');
    candidate("101", "Far Away", "B1", occupation);
    String vacancy = vacancy(occupation, "");

    Api.Reply reply = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100", Tokens.consultant("410"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    // other tests' people from every kommune take part too, some without any occupation
    List<JsonObject> fromKobenhavn = reply.json().getJsonArray("otherKommuner").stream().map(JsonObject.class::cast)
        .filter(o -> o.getJsonArray("occupationCodes").getValuesAs(JsonString.class).stream()
            .anyMatch(code -> code.getString().equals(occupation))).toList();
    assertThat(fromKobenhavn).hasSize(1);
    assertThat(fromKobenhavn.get(0).getString("kommune")).isEqualTo("101");
    assertThat(fromKobenhavn.get(0).getJsonNumber("distanceKm").doubleValue()).isGreaterThan(100.0);
  }

  @Test
  void aDecisionNeedsTheVersionLastRead() {
    String occupation = TestOccupations.unused('7');
    candidate("461", "Samir Noor", "B1", occupation);
    String vacancy = vacancy(occupation);
    String path = requestMatch(vacancy, occupation);
    // two caseworkers read the same version
    String seen = api().get(path, Tokens.caseworker("461")).header("ETag").orElseThrow();

    Api.Reply missing = send("POST", path + "/decline", Tokens.caseworker("461"), null, null);
    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(send("POST", path + "/decline", Tokens.caseworker("461"), "\"999\"", null).status()).isEqualTo(412);
    assertThat(send("POST", path + "/decline", Tokens.caseworker("461"), seen, null).status()).isEqualTo(200);
    // the second one's decision is on a version that is gone: 412, and the request stays declined
    assertThat(send("POST", path + "/accept", Tokens.caseworker("461"), seen, null).status()).isEqualTo(412);
    assertThat(api().get(path, Tokens.consultant("410")).json().getString("status")).isEqualTo("DECLINED");
  }

  @Test
  void languagesAreStoredAsIsoCodesHoweverTheyAreWritten() {
    String occupation = TestOccupations.unused('7');
    LocalDate birth = TODAY.minusYears(30).minusDays(ThreadLocalRandom.current().nextInt(1, 300));
    String cpr = TestCpr.bornOn(birth);
    String person = """
        {"cpr": "%s", "name": "Hiwet Tesfay", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "languages": [%%s]}""".formatted(cpr, TODAY.minusMonths(2));
    Api.Reply unknown = api().post("api/v1/cases", Tokens.caseworker("410"), person.formatted(
        "{\"language\": \"dansk\", \"level\": \"B2\"}, {\"language\": \"Klingon\", \"level\": \"B1\"}"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.isProblem()).isTrue();
    assertThat(unknown.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")))
        .containsExactly("languages[1].language");
    Api.Reply twice = api().post("api/v1/cases", Tokens.caseworker("410"), person.formatted(
        "{\"language\": \"da\", \"level\": \"B2\"}, {\"language\": \"Danish\", \"level\": \"B1\"}"));
    assertThat(twice.status()).as(twice.toString()).isEqualTo(400);

    Api.Reply created = api().post("api/v1/cases", Tokens.caseworker("410"), person.formatted(
        "{\"language\": \"Dansk\", \"level\": \"B2\"}, {\"language\": \"tir\", \"level\": \"FLUENT\"}"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonArray("languages").stream().map(l -> l.asJsonObject().getString("language")))
        .containsExactly("da", "ti");
    String caseId = created.json().getString("id");
    String competences = "api/v1/cases/" + caseId + "/competences";
    assertThat(send("PUT", competences, Tokens.caseworker("410"), created.header("ETag").orElseThrow(), """
        {"workExperience": [{"occupationCode": "%s", "years": 2}]}""".formatted(occupation)).status())
        .isEqualTo(200);

    String cvr = TestCvr.random();
    String employer = api().post("api/v1/employers", Tokens.consultant("410"), """
        {"cvr": "%s", "name": "Sprog Byg ApS", "sector": "PRIVATE", "locationKommune": "410"}"""
        .formatted(cvr)).json().getString("id");
    String vacancy = """
        {"employerId": "%s", "title": "Tømrer", "occupationCode": "%s", "persons": 1, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "410", "offerType": "ORDINARY_JOB", "languages": [%%s]}"""
        .formatted(employer, occupation, TODAY.plusMonths(1));
    Api.Reply badVacancy = api().post("api/v1/vacancies", Tokens.consultant("410"),
        vacancy.formatted("{\"language\": \"Elvish\", \"level\": \"B1\"}"));
    assertThat(badVacancy.status()).as(badVacancy.toString()).isEqualTo(400);
    assertThat(badVacancy.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")))
        .containsExactly("languages[0].language");
    Api.Reply v = api().post("api/v1/vacancies", Tokens.consultant("410"),
        vacancy.formatted("{\"language\": \"Danish\", \"level\": \"B1\"}"));
    assertThat(v.status()).as(v.toString()).isEqualTo(201);
    assertThat(v.json().getJsonArray("languages").getJsonObject(0).getString("language")).isEqualTo("da");

    // "Dansk" on the case meets "Danish" on the vacancy
    JsonObject found = api().get("api/v1/vacancies/" + v.json().getString("id") + "/candidates?limit=100",
            Tokens.consultant("410")).json().getJsonArray("ownKommune").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("caseId").equals(caseId)).findFirst().orElseThrow();
    assertThat(found.getJsonArray("explanation").stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("requirement").equals("language da B1")).findFirst().orElseThrow()
        .getBoolean("met")).isTrue();
  }

  /**
   * Middelfart's consultant asks Odense for its pseudonymised candidate with this occupation; the match request's
   * path.
   */
  private String requestMatch(String vacancy, String occupation) {
    String ref = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100", Tokens.consultant("410")).json()
        .getJsonArray("otherKommuner").stream().map(JsonObject.class::cast)
        .filter(o -> TestOccupations.isFirstOf(o, occupation)).findFirst().orElseThrow()
        .getString("matchRef");
    Api.Reply requested = send("POST", "api/v1/vacancies/" + vacancy + "/candidates/" + ref + "/requests",
        Tokens.consultant("410"), null, NOTE);
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String path = "api/v1/match-requests/" + requested.json().getString("id");
    return path;
  }

  /** Odense's caseworker accepts the match request at the version just read. */
  private Api.Reply accept(String path) {
    Api.Reply accepted = decide(path, "accept", Tokens.caseworker("461"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return accepted;
  }

  /** A decision on the match request ({@code accept}, {@code decline}, {@code withdraw}) at the version just read. */
  private Api.Reply decide(String path, String action, String token) {
    return send("POST", path + "/" + action, token, api().get(path, token).header("ETag").orElseThrow(), null);
  }

  /** The vacancy's candidate list entry for a case of the consultant's own kommune (410). */
  private JsonObject ownEntry(String vacancy, String caseId) {
    return api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100", Tokens.consultant("410")).json()
        .getJsonArray("ownKommune").stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("caseId").equals(caseId)).findFirst().orElseThrow();
  }

  @Test
  void aPlannedOrdinaryJobStartingSoonMakesThePersonUnavailableBothWays() {
    String occupation = TestOccupations.unused('7');
    String person = candidate("410", "Hana Mebrahtu", "B1", occupation);
    String vacancy = vacancy(occupation);
    JsonObject before = ownEntry(vacancy, person);
    assertThat(before.getBoolean("available")).isTrue();

    String cvr = TestCvr.random();
    api().registerEmployer(cvr);
    Api.Reply job = api().post("api/v1/cases/" + person + "/offers", Tokens.caseworker("410"), """
        {"type": "ORDINARY_JOB", "startDate": "%s", "employerCvr": "%s"}""".formatted(TODAY.plusDays(10), cvr));
    assertThat(job.status()).as(job.toString()).isEqualTo(201);

    JsonObject after = ownEntry(vacancy, person);
    assertThat(after.getBoolean("available")).as("a job starting in 10 days").isFalse();
    assertThat(after.getInt("score")).isEqualTo(before.getInt("score") - MatchScoring.AVAILABLE);
    JsonObject fromThePerson = api().get("api/v1/cases/" + person + "/matching-vacancies?limit=100",
        Tokens.caseworker("410")).jsonArray().stream().map(JsonObject.class::cast)
        .filter(v -> v.getString("vacancyId").equals(vacancy)).findFirst().orElseThrow();
    assertThat(fromThePerson.getInt("score")).isEqualTo(after.getInt("score"));
  }

  @Test
  void aWithdrawnOrDeclinedRequestLeavesRoomForANewOne() {
    String occupation = TestOccupations.unused('7');
    candidate("461", "Hanan Idris", "B1", occupation);
    String vacancy = vacancy(occupation);
    String first = requestMatch(vacancy, occupation);
    Api.Reply withdrawn = decide(first, "withdraw", Tokens.consultant("410"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

    // the consultant asks again, say once the person is back from a course: a new request (201 in requestMatch)
    String second = requestMatch(vacancy, occupation);
    assertThat(second).isNotEqualTo(first);
    Api.Reply declined = decide(second, "decline", Tokens.caseworker("461"));
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    String third = requestMatch(vacancy, occupation);
    assertThat(api().get(third, Tokens.caseworker("461")).json().getString("status")).isEqualTo("REQUESTED");
    String thirdId = third.substring(third.lastIndexOf('/') + 1);
    assertThat(api().get("api/v1/tasks?type=MATCH_REQUEST_WAITING&size=100", Tokens.caseworker("461")).json()
        .getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(t -> thirdId.equals(t.getString("matchRequestId", null)))).as("the holding kommune's task to answer")
        .hasSize(1);
    assertThat(api().get(first, Tokens.consultant("410")).json().getString("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void aSecondProposalWhileOneWaitsIsRefused() {
    String occupation = TestOccupations.unused('7');
    String odense = candidate("461", "Selam Berhe", "B1", occupation);
    String vacancy = vacancy(occupation);
    String path = requestMatch(vacancy, occupation);
    Api.Reply accepted = accept(path);

    String proposal = """
        {"startDate": "%s", "hoursPerWeek": 37}""".formatted(TODAY.plusMonths(1));
    Api.Reply first = send("POST", path + "/proposal", Tokens.consultant("410"),
        accepted.header("ETag").orElseThrow(), proposal);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Api.Reply second = send("POST", path + "/proposal", Tokens.consultant("410"),
        first.header("ETag").orElseThrow(), proposal.replace("37", "30"));
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.isProblem()).isTrue();
    assertThat(api().get(path, Tokens.caseworker("461")).json().getString("status")).isEqualTo("PROPOSED");
    assertThat(api().get("api/v1/cases/" + odense + "/offers", Tokens.caseworker("461")).jsonArray()).isEmpty();
  }

  @Test
  void anIguProposedAcrossTheBorderIsConfirmedByTheHoldingKommuneAndCountsThere() {
    String occupation = TestOccupations.unused('7');
    LocalDate start = TestIgu.startOn(TODAY.plusMonths(1)); // the person is permitted five months before the start
    String odense = candidate("461", "Filmon Tekle", "B1", occupation,
        ", \"residencePermitDate\": \"" + start.minusMonths(5) + "\"");
    String vacancy = vacancy(occupation, ", \"maxCommuteKm\": 60", "IGU");
    String path = requestMatch(vacancy, occupation);
    Api.Reply accepted = accept(path);

    // an IGU proposal needs what an IGU agreement holds
    Api.Reply incomplete = send("POST", path + "/proposal", Tokens.consultant("410"),
        accepted.header("ETag").orElseThrow(), """
            {"startDate": "%s", "hoursPerWeek": 30}""".formatted(start));
    assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
    Api.Reply proposed = send("POST", path + "/proposal", Tokens.consultant("410"),
        accepted.header("ETag").orElseThrow(), """
            {"startDate": "%s", "hoursPerWeek": 30, "payBasis": "EGU", "signedDate": "%s"}"""
            .formatted(start, start.minusMonths(1)));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
    Api.Reply placed = send("POST", path + "/proposal/confirm", Tokens.caseworker("461"),
        proposed.header("ETag").orElseThrow(), null);
    assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
    assertThat(placed.json().getString("status")).isEqualTo("PLACED");
    String placementId = placed.json().getString("iguPlacementId");

    // the placement is the holding kommune's, on its case, and names the vacancy it fills
    JsonObject placement = api().get("api/v1/igu-placements/" + placementId, Tokens.consultant("461")).json();
    assertThat(placement.getString("kommune")).isEqualTo("461");
    assertThat(placement.getString("caseId")).isEqualTo(odense);
    assertThat(placement.getString("vacancyId")).isEqualTo(vacancy);
    assertThat(api().get("api/v1/igu-placements/" + placementId, Tokens.consultant("410")).status())
        .isEqualTo(404);
    assertThat(api().get("api/v1/cases/" + odense + "/offers", Tokens.caseworker("461")).jsonArray().stream()
        .map(JsonObject.class::cast).map(o -> o.getString("type"))).contains("IGU");
    // it counts for the person's kommune: in Odense's list of placements, not in Middelfart's
    assertThat(api().get("api/v1/igu-placements?size=100", Tokens.consultant("461")).body()).contains(placementId);
    assertThat(api().get("api/v1/igu-placements?size=100", Tokens.consultant("410")).body())
        .doesNotContain(placementId);
    JsonObject requesterSees = api().get(path, Tokens.consultant("410")).json();
    assertThat(requesterSees.getString("status")).isEqualTo("PLACED");
    assertThat(requesterSees.containsKey("iguPlacementId") && !requesterSees.isNull("iguPlacementId")).isFalse();
  }
}
