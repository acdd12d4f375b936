package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The caseworker's working tool end to end: takeover, offers, worklist, versions, programme, moves, search. */
class CaseloadIT {

  private static final LocalDate TODAY = DanishDate.today();

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  /** Registers a refugee aged 30 with an agreed takeover date in the kommune and returns the case. */
  private JsonObject newCase(String kommune, LocalDate takeover) {
    String json = """
        {"cpr": "%s", "name": "Yusuf Abdi", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s", "countryOfOrigin": "Eritrea",
         "languages": [{"language": "ti", "level": "FLUENT"}, {"language": "en", "level": "BASIC"}]}"""
        .formatted(adultCpr(30), takeover, takeover.minusMonths(2));
    Api.Reply reply = api().post("api/v1/cases", Tokens.caseworker(kommune), json);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private static String adultCpr(int age) {
    LocalDate birth = TODAY.minusYears(age).minusDays(40 + ThreadLocalRandom.current().nextInt(300)); // varied: CPRs must not collide
    return TestCpr.bornOn(birth);
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  private String etagOf(String caseId, String kommune) {
    return api().get("api/v1/cases/" + caseId, Tokens.caseworker(kommune)).header("ETag").orElseThrow();
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  @Test
  void aReadAnswersFieldForFieldWhatTheChangeBeforeItAnswered() {
    // A GET reads the case in one statement of its own (CaseReadQuery), a change renders the entity it saved: with
    // every collection filled and the nullable fields both set and empty, the two answers must be the same. (This
    // found the entity's languages repeated once per combination of educations, jobs and skills.)
    String cw = Tokens.caseworker("101");
    String id = newCase("101", TODAY.minusMonths(2)).getString("id");
    String caseUri = "api/v1/cases/" + id;
    Api.Reply profile = send("PUT", caseUri + "/competences", cw, etagOf(id, "101"), """
        {"education": [{"level": "VOCATIONAL", "years": 3, "field": "Tømrer", "country": "ER", "recognised": false},
                       {"level": "LOWER_SECONDARY"}],
         "workExperience": [{"occupationCode": "%s", "description": "Tømrer", "years": 6},
                            {"description": "Fisker"}],
         "drivingLicence": true, "skills": ["svejsning", "truckcertifikat"]}""".formatted(TestOccupations.CARPENTER));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    assertThat(api().post(caseUri + "/job-readiness", cw, "{\"assessedOn\": \"" + TODAY + "\", "
        + "\"category\": \"AKTIVITETSPARAT\", \"reason\": \"Needs treatment first\"}").status()).isEqualTo(201);
    assertThat(send("PUT", caseUri + "/danish", cw, etagOf(id, "101"), "{\"track\": \"DU2\", \"module\": 3}")
        .status()).isEqualTo(200);
    for (LocalDate passed : List.of(TODAY.minusDays(3), TODAY.minusDays(10))) {
      assertThat(api().post(caseUri + "/danish/tests", cw,
          "{\"test\": \"Modultest DU2 modul " + passed.getDayOfMonth() + "\", \"passedOn\": \"" + passed + "\"}")
          .status()).isEqualTo(201);
    }
    assertThat(send("PUT", caseUri + "/contract", cw, etagOf(id, "101"), "{\"signedDate\": \"" + TODAY + "\"}")
        .status()).isEqualTo(200);
    Api.Reply changed = send("POST", caseUri + "/self-supporting", cw, etagOf(id, "101"),
        "{\"kind\": \"EDUCATION\", \"date\": \"" + TODAY + "\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    Api.Reply read = api().get(caseUri, cw);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(changed.header("ETag"));
    assertThat(read.json()).isEqualTo(changed.json());
    JsonObject competences = read.json().getJsonObject("competences");
    assertThat(competences.getJsonArray("education")).hasSize(2);
    assertThat(competences.getJsonArray("workExperience")).hasSize(2);
    assertThat(read.json().getJsonObject("danish").getJsonArray("testsPassed")).hasSize(2);
    assertThat(read.json().getJsonArray("languages")).hasSize(2);
  }

  @Test
  void theTakeoverDateFollowsTheResidenceBasis() {
    String refugee = """
        {"cpr": "%s", "name": "Layla Rahimi", "residenceBasis": "REFUGEE", "visitationDecisionDate": "2026-05-15"}"""
        .formatted(adultCpr(25));
    JsonObject r = api().post("api/v1/cases", Tokens.caseworker("101"), refugee).json();
    assertThat(r.getString("takeoverDate")).isEqualTo("2026-07-01");
    assertThat(r.getString("expectedTakeoverDate")).isEqualTo("2026-07-01");
    assertThat(r.getBoolean("takeoverAgreed")).isFalse();
    assertThat(r.getJsonObject("programme").getString("label")).isEqualTo("selvforsørgelses- og hjemrejseprogram");

    String quota = """
        {"cpr": "%s", "name": "Omar Nasser", "residenceBasis": "OTHER_FAMILY_REUNIFIED",
         "cprRegistrationDate": "2026-09-03"}""".formatted(adultCpr(33));
    JsonObject q = api().post("api/v1/cases", Tokens.caseworker("101"), quota).json();
    assertThat(q.getString("takeoverDate")).isEqualTo("2026-09-03");
    assertThat(q.getJsonObject("programme").getString("label")).isEqualTo("introduktionsprogram");

    String earlier = refugee.replace("\"visitationDecisionDate\"", "\"takeoverDate\": \"2026-06-20\", "
        + "\"visitationDecisionDate\"").replace(r.getString("cpr").substring(0, 6), adultCpr(26).substring(0, 6));
    JsonObject agreed = api().post("api/v1/cases", Tokens.caseworker("147"), earlier).json();
    assertThat(agreed.getString("takeoverDate")).isEqualTo("2026-06-20");
    assertThat(agreed.getBoolean("takeoverAgreed")).isTrue();

    String later = refugee.replace("\"visitationDecisionDate\"", "\"takeoverDate\": \"2026-07-15\", "
        + "\"visitationDecisionDate\"");
    assertThat(fields(api().post("api/v1/cases", Tokens.caseworker("151"), later))).containsExactly("takeoverDate");
  }

  @Test
  void aChildIsNotRegisteredInTheProgramme() {
    String child = """
        {"cpr": "%s", "name": "Hiba Khalil", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(adultCpr(12), TODAY);
    assertThat(fields(api().post("api/v1/cases", Tokens.caseworker("101"), child))).containsExactly("cpr");
  }

  @Test
  void theFirstCompanyOrientedOfferStopsTheClock() {
    JsonObject c = newCase("101", TODAY.minusDays(20));
    String offers = "api/v1/cases/" + c.getString("id") + "/offers";
    // 20 days after the takeover: past the 14-day target, within the legal month
    assertThat(c.getJsonObject("firstOffer").getString("status")).isEqualTo("TARGET_MISSED");

    Api.Reply noCvr = api().post(offers, Tokens.caseworker("101"),
        "{\"type\": \"VIRKSOMHEDSPRAKTIK\", \"startDate\": \"" + TODAY + "\"}");
    assertThat(fields(noCvr)).containsExactly("employerCvr");
    Api.Reply badCvr = api().post(offers, Tokens.caseworker("101"),
        "{\"type\": \"LOENTILSKUD\", \"startDate\": \"" + TODAY + "\", \"employerCvr\": \"24256791\"}");
    assertThat(fields(badCvr)).containsExactly("employerCvr");

    Api.Reply mentor = api().post(offers, Tokens.caseworker("101"),
        "{\"type\": \"MENTOR\", \"startDate\": \"" + TODAY.minusDays(5) + "\", \"hoursPerWeek\": 2}");
    assertThat(mentor.status()).isEqualTo(201);
    assertThat(api().get("api/v1/cases/" + c.getString("id"), Tokens.caseworker("101")).json()
        .getJsonObject("firstOffer").getString("status")).isEqualTo("TARGET_MISSED"); // mentor is not company-oriented

    api().registerEmployer(Api.TEST_EMPLOYER_CVR);
    Api.Reply praktik = api().post(offers, Tokens.caseworker("101"), "{\"type\": \"VIRKSOMHEDSPRAKTIK\", "
        + "\"startDate\": \"" + TODAY + "\", \"hoursPerWeek\": 30, \"employerCvr\": \"13748136\"}");
    assertThat(praktik.status()).as(praktik.toString()).isEqualTo(201);
    assertThat(praktik.json().getBoolean("companyOriented")).isTrue();

    JsonObject after = api().get("api/v1/cases/" + c.getString("id"), Tokens.caseworker("101")).json();
    assertThat(after.getJsonObject("firstOffer").getString("status")).isEqualTo("MET_ON_TIME");
    assertThat(after.getJsonObject("firstOffer").getString("metOn")).isEqualTo(TODAY.toString());
    assertThat(api().get(offers, Tokens.caseworker("101")).jsonArray()).hasSize(2);
    assertThat(api().get(offers, Tokens.caseworker("410")).status()).isEqualTo(404);

    String offerId = praktik.json().getString("id");
    Api.Reply stale = send("PUT", offers + "/" + offerId + "/end", Tokens.caseworker("101"), "\"7\"",
        "{\"endDate\": \"" + TODAY.plusWeeks(8) + "\"}");
    assertThat(stale.status()).isEqualTo(412);
    String etag = api().get(offers + "/" + offerId, Tokens.caseworker("101")).header("ETag").orElseThrow();
    Api.Reply ended = send("PUT", offers + "/" + offerId + "/end", Tokens.caseworker("101"), etag,
        "{\"endDate\": \"" + TODAY.plusWeeks(8) + "\"}");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
  }

  @Test
  void theWorklistPutsTheMostUrgentFirstAndFilters() {
    String kommune = "580"; // Aabenraa: only this test writes here
    LocalDate overdueTakeover = TODAY.minusMonths(1).minusDays(5);
    LocalDate targetMissedTakeover = TODAY.minusMonths(1).plusDays(2);
    String overdue = newCase(kommune, overdueTakeover).getString("id");
    JsonObject targetMissedCase = newCase(kommune, targetMissedTakeover);
    String targetMissed = targetMissedCase.getString("id");
    String dueSoon = newCase(kommune, TODAY.minusDays(12)).getString("id"); // the 14-day target in 2 days
    String open = newCase(kommune, TODAY.minusDays(3)).getString("id");
    String met = newCase(kommune, TODAY.minusDays(10)).getString("id");
    assertThat(api().post("api/v1/cases/" + met + "/offers", Tokens.caseworker(kommune), "{\"type\": "
        + "\"ORDINARY_JOB\", \"startDate\": \"" + TODAY + "\"}").status()).isEqualTo(201);

    // Other tests may have cases in this kommune too (the database is shared): look at ours, in the order given.
    List<String> ours = List.of(overdue, targetMissed, dueSoon, open, met);
    JsonObject page = api().get("api/v1/worklist?size=100", Tokens.caseworker(kommune)).json();
    List<JsonObject> items = page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> ours.contains(i.getString("caseId"))).toList();
    assertThat(items.stream().map(i -> i.getString("caseId"))).containsExactly(overdue, targetMissed, dueSoon, open,
        met);
    JsonObject first = items.get(0);
    assertThat(first.getString("firstOfferStatus")).isEqualTo("OVERDUE");
    assertThat(first.getInt("daysLeft")).isNegative();
    assertThat(first.getBoolean("contractOverdue")).isTrue();
    assertThat(first.getString("cpr")).endsWith("-xxxx");
    assertThat(items.get(1).getString("firstOfferStatus")).isEqualTo("TARGET_MISSED");
    assertThat(items.get(2).getString("firstOfferStatus")).isEqualTo("DUE_SOON");
    assertThat(items.get(3).getString("firstOfferStatus")).isEqualTo("OPEN");

    assertThat(ids(api().get("api/v1/worklist?status=OVERDUE&size=100", Tokens.caseworker(kommune))))
        .contains(overdue).doesNotContain(targetMissed, dueSoon, open, met);
    assertThat(ids(api().get("api/v1/worklist?status=TARGET_MISSED&size=100", Tokens.caseworker(kommune))))
        .contains(targetMissed).doesNotContain(overdue, dueSoon, open, met);
    assertThat(ids(api().get("api/v1/worklist?status=DUE_SOON&size=100", Tokens.caseworker(kommune))))
        .contains(dueSoon).doesNotContain(overdue, targetMissed, open, met);
    // The legal latest date is takeover + 1 calendar month: for targetMissed 0 to 5 days away, depending on the
    // months' lengths. The bound is taken from the case itself and takes that date in (inclusive), one day less not.
    long targetMissedDaysLeft = ChronoUnit.DAYS.between(TODAY,
        LocalDate.parse(targetMissedCase.getJsonObject("firstOffer").getString("latestDate")));
    assertThat(ids(api().get("api/v1/worklist?dueWithinDays=" + targetMissedDaysLeft + "&size=100",
        Tokens.caseworker(kommune)))).contains(overdue, targetMissed).doesNotContain(open, met);
    if (targetMissedDaysLeft > 0) { // on the day the latest date is today itself, no smaller bound is allowed
      assertThat(ids(api().get("api/v1/worklist?dueWithinDays=" + (targetMissedDaysLeft - 1) + "&size=100",
          Tokens.caseworker(kommune)))).contains(overdue).doesNotContain(targetMissed, open, met);
    }
    String assignee = "anna-" + ThreadLocalRandom.current().nextInt(1_000_000);
    assertThat(send("PUT", "api/v1/cases/" + open + "/assignment", Tokens.caseworker(kommune),
        etagOf(open, kommune), "{\"caseworker\": \"" + assignee + "\"}").status()).isEqualTo(200);
    assertThat(ids(api().get("api/v1/worklist?assignedTo=" + assignee, Tokens.caseworker(kommune))))
        .containsExactly(open);
    assertThat(fields(api().get("api/v1/worklist?status=LATE", Tokens.caseworker(kommune))))
        .containsExactly("status");
    assertThat(ids(api().get("api/v1/worklist?size=100", Tokens.caseworker("575")))).doesNotContainAnyElementsOf(ours);
  }

  @Test
  void aTeamLeadSeesTheKommunesPassedLegalDeadlinesLongestOverdueFirst() {
    String kommune = "740"; // Silkeborg: only this test writes here
    JsonObject aWeekOver = newCase(kommune, TODAY.minusMonths(1).minusDays(5));
    JsonObject twoWeeksOver = newCase(kommune, TODAY.minusMonths(1).minusDays(12));
    String fiveDaysOver = aWeekOver.getString("id");
    String twelveDaysOver = twoWeeksOver.getString("id");
    String notYet = newCase(kommune, TODAY.minusDays(20)).getString("id");
    String lead = Tokens.teamLead(kommune);

    List<JsonObject> all = escalations("api/v1/escalations?size=100", lead).stream()
        .filter(e -> List.of(fiveDaysOver, twelveDaysOver, notYet).contains(e.getString("caseId"))).toList();
    long longer = overdueDays(twoWeeksOver);
    long shorter = overdueDays(aWeekOver);
    assertThat(all).extracting(e -> e.getString("caseId") + " " + e.getString("deadline") + " "
        + e.getInt("daysOverdue")).containsExactly(
            twelveDaysOver + " FIRST_OFFER " + longer, twelveDaysOver + " KONTRAKT " + longer,
            fiveDaysOver + " FIRST_OFFER " + shorter, fiveDaysOver + " KONTRAKT " + shorter);
    assertThat(all.get(0).getString("cpr")).endsWith("-xxxx");

    // The kontrakt signed, only the first offer is still escalated.
    assertThat(send("PUT", "api/v1/cases/" + fiveDaysOver + "/contract", Tokens.caseworker(kommune),
        etagOf(fiveDaysOver, kommune), "{\"signedDate\": \"" + TODAY + "\"}").status()).isEqualTo(200);
    assertThat(escalations("api/v1/escalations?deadline=KONTRAKT&size=100", lead).stream()
        .map(e -> e.getString("caseId"))).contains(twelveDaysOver).doesNotContain(fiveDaysOver, notYet);

    assertThat(api().get("api/v1/escalations", Tokens.caseworker(kommune)).status()).isEqualTo(403);
    assertThat(escalations("api/v1/escalations?size=100", Tokens.teamLead("101")).stream()
        .map(e -> e.getString("caseId"))).doesNotContain(fiveDaysOver, twelveDaysOver);
  }

  /** Days since the legal latest date of the case's first offer (the kontrakt is due the same day). */
  private static long overdueDays(JsonObject c) {
    return ChronoUnit.DAYS.between(
        LocalDate.parse(c.getJsonObject("firstOffer").getString("latestDate")), TODAY);
  }

  private List<JsonObject> escalations(String path, String token) {
    Api.Reply reply = api().get(path, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  private static List<String> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("caseId")).toList();
  }

  @Test
  void changesNeedTheCurrentVersion() {
    String id = newCase("101", TODAY.minusDays(2)).getString("id");
    String path = "api/v1/cases/" + id + "/person";
    String body = "{\"name\": \"Yusuf M. Abdi\", \"countryOfOrigin\": \"Eritrea\", \"languages\": []}";

    assertThat(send("PUT", path, Tokens.caseworker("101"), null, body).status()).isEqualTo(428);
    String etag = etagOf(id, "101");
    Api.Reply changed = send("PUT", path, Tokens.caseworker("101"), etag, body);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("Yusuf M. Abdi");
    assertThat(changed.header("ETag").orElseThrow()).isNotEqualTo(etag);

    Api.Reply lost = send("PUT", path, Tokens.caseworker("101"), etag, body.replace("M. ", ""));
    assertThat(lost.status()).isEqualTo(412);
    assertThat(lost.isProblem()).isTrue();
    assertThat(send("PUT", path, Tokens.caseworker("410"), etag, body).status()).isEqualTo(404);
  }

  @Test
  void jobReadinessContractProgrammeAndDanishAreKept() {
    String id = newCase("101", TODAY.minusDays(40)).getString("id");
    String caseUri = "api/v1/cases/" + id;
    String cw = Tokens.caseworker("101");
    JsonObject c = api().get(caseUri, cw).json();
    assertThat(c.getString("jobReadiness")).isEqualTo("JOBPARAT");
    assertThat(c.getJsonObject("contract").getBoolean("overdue")).isTrue();

    assertThat(fields(api().post(caseUri + "/job-readiness", cw,
        "{\"assessedOn\": \"" + TODAY + "\", \"category\": \"AKTIVITETSPARAT\"}"))).containsExactly("reason");
    assertThat(api().post(caseUri + "/job-readiness", cw, "{\"assessedOn\": \"" + TODAY + "\", "
        + "\"category\": \"AKTIVITETSPARAT\", \"reason\": \"Needs treatment first\"}").status()).isEqualTo(201);
    assertThat(api().get(caseUri + "/job-readiness", cw).jsonArray()).hasSize(1);

    JsonObject signed = send("PUT", caseUri + "/contract", cw, etagOf(id, "101"),
        "{\"signedDate\": \"" + TODAY + "\"}").json();
    assertThat(signed.getString("jobReadiness")).isEqualTo("AKTIVITETSPARAT");
    assertThat(signed.getJsonObject("contract").getBoolean("overdue")).isFalse();

    assertThat(fields(send("PUT", caseUri + "/programme/planned-end", cw, etagOf(id, "101"),
        "{\"plannedEnd\": \"" + TODAY.plusYears(6) + "\"}"))).containsExactly("plannedEnd");
    JsonObject danish = send("PUT", caseUri + "/danish", cw, etagOf(id, "101"),
        "{\"track\": \"DU2\", \"module\": 3}").json();
    assertThat(danish.getJsonObject("danish").getString("track")).isEqualTo("DU2");
    JsonObject tested = api().post(caseUri + "/danish/tests", cw,
        "{\"test\": \"Modultest DU2 modul 3\", \"passedOn\": \"" + TODAY + "\"}").json();
    assertThat(tested.getJsonObject("danish").getJsonArray("testsPassed")).hasSize(1);

    JsonObject closed = send("POST", caseUri + "/self-supporting", cw, etagOf(id, "101"),
        "{\"kind\": \"ORDINARY_JOB\", \"date\": \"" + TODAY + "\"}").json();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonObject("programme").getString("endReason")).isEqualTo("ORDINARY_JOB");
    assertThat(closed.getJsonObject("selfSupporting").getString("kind")).isEqualTo("ORDINARY_JOB");
    assertThat(api().post(caseUri + "/offers", cw, "{\"type\": \"MENTOR\", \"startDate\": \"" + TODAY + "\"}")
        .status()).isEqualTo(409);
  }

  @Test
  void benefitPeriodsNeverOverlapAndCarryTheirDatedName() {
    String id = newCase("101", TODAY.minusDays(10)).getString("id");
    String benefits = "api/v1/cases/" + id + "/benefits";
    String cw = Tokens.caseworker("101");
    Api.Reply first = api().post(benefits, cw,
        "{\"kind\": \"INTEGRATION_BENEFIT\", \"startDate\": \"2026-01-01\", \"endDate\": \"2026-06-30\"}");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("label")).isEqualTo("selvforsørgelses- og hjemrejseydelse");
    assertThat(fields(api().post(benefits, cw, "{\"kind\": \"KONTANTHJAELP\", \"startDate\": \"2026-06-01\"}")))
        .containsExactly("startDate");
    assertThat(api().post(benefits, cw, "{\"kind\": \"KONTANTHJAELP\", \"startDate\": \"2026-07-01\"}").status())
        .isEqualTo(201);
    JsonArray periods = api().get(benefits, cw).jsonArray();
    assertThat(periods).hasSize(2);
    assertThat(api().get(benefits, Tokens.caseworker("147")).status()).isEqualTo(404);
  }

  @Test
  void iguEligibilityAnswersWithEveryCondition() {
    LocalDate start = TestIgu.startOn(TODAY.plusDays(14));
    String id = newCase("101", start.minusDays(24)).getString("id"); // taken over 10 days ago while the scheme is open
    String uri = "api/v1/cases/" + id + "/igu-eligibility?startDate=" + start;
    JsonObject yes = api().get(uri, Tokens.caseworker("101")).json();
    assertThat(yes.getBoolean("eligible")).isTrue();
    assertThat(yes.getString("ruleVersion")).isEqualTo("IGU-2024");
    assertThat(yes.getJsonArray("conditions").stream().map(c -> c.asJsonObject().getString("code")))
        .contains("AGE", "RESIDENCE_PERIOD", "TARGET_GROUP", "NO_EARLIER_IGU");
    assertThat(yes.getString("lastEligibleStartDate")).isEqualTo(TestIgu.LAST_START.toString());

    JsonObject tooLate = api().get(uri.replace(start.toString(), TestIgu.LAST_START.plusDays(3).toString()),
        Tokens.caseworker("101")).json();
    assertThat(tooLate.getBoolean("eligible")).isFalse();

    assertThat(fields(api().get("api/v1/cases/" + id + "/igu-eligibility", Tokens.caseworker("101"))))
        .containsExactly("startDate");
    assertThat(api().get(uri, Tokens.caseworker("410")).status()).isEqualTo(404);
  }

  @Test
  void aMovedCaseBelongsToTheReceivingKommuneOnlyAfterItAccepts() {
    String id = newCase("101", TODAY.minusDays(10)).getString("id");
    Api.Reply requested = api().post("api/v1/cases/" + id + "/moves", Tokens.caseworker("101"),
        "{\"toKommune\": \"147\"}");
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String move = requested.json().getString("id");
    String etag = requested.header("ETag").orElseThrow();
    assertThat(api().get("api/v1/cases/" + id, Tokens.caseworker("147")).status()).isEqualTo(404);
    assertThat(api().get("api/v1/case-moves", Tokens.caseworker("147")).jsonArray().stream()
        .map(m -> m.asJsonObject().getString("id"))).contains(move);

    assertThat(send("POST", "api/v1/case-moves/" + move + "/accept", Tokens.caseworker("151"), etag, null)
        .status()).isEqualTo(404);
    Api.Reply accepted = send("POST", "api/v1/case-moves/" + move + "/accept", Tokens.caseworker("147"), etag, null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(api().get("api/v1/cases/" + id, Tokens.caseworker("101")).status()).isEqualTo(404);
    assertThat(api().get("api/v1/cases/" + id, Tokens.caseworker("147")).json().getString("kommune"))
        .isEqualTo("147");
  }

  @Test
  void aPersonHasOneActiveProgrammeNationallyAndTheReceivingKommuneClaimsTheCase() throws Exception {
    String cpr = adultCpr(33);
    String json = """
        {"cpr": "%s", "name": "Samira Haddad", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}""";
    Api.Reply first = api().post("api/v1/cases", Tokens.caseworker("157"), json.formatted(cpr, TODAY.minusDays(20)));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    String caseId = first.json().getString("id");

    Api.Reply refused = api().post("api/v1/cases", Tokens.caseworker("159"), json.formatted(cpr, TODAY));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("type")).endsWith("/active-programme-elsewhere");
    assertThat(fields(refused)).containsExactly("cpr");
    assertThat(refused.body()).contains("157").contains("case-moves/claims")
        .doesNotContain(caseId).doesNotContain("Samira").doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
    try (Connection db = ItDatabase.connect();
        PreparedStatement q = db.prepareStatement("select kommune_kode from audit.access_log "
            + "where action = 'REGISTER_REFUSED_ACTIVE_ELSEWHERE' and resource_id = ?::uuid")) {
      q.setString(1, caseId);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).as("the refusal is in the access log of the holding kommune's case").isTrue();
        assertThat(rs.getString(1)).isEqualTo("159");
      }
    }

    Api.Reply claimed = api().post("api/v1/case-moves/claims", Tokens.caseworker("159"),
        "{\"cpr\": \"" + cpr + "\"}");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
    JsonObject claim = claimed.json();
    assertThat(claim.getString("fromKommune")).isEqualTo("157");
    assertThat(claim.getString("requestedByKommune")).isEqualTo("159");
    assertThat(claim.getString("decidingKommune")).isEqualTo("157");
    String etag = claimed.header("ETag").orElseThrow();
    assertThat(api().post("api/v1/case-moves/claims", Tokens.caseworker("159"), "{\"cpr\": \"" + cpr + "\"}")
        .status()).as("one open move at a time").isEqualTo(409);

    String moveId = claim.getString("id");
    assertThat(send("POST", "api/v1/case-moves/" + moveId + "/accept", Tokens.caseworker("159"), etag, null)
        .status()).as("the claimant cannot accept its own claim").isEqualTo(404);
    Api.Reply accepted = send("POST", "api/v1/case-moves/" + moveId + "/accept", Tokens.caseworker("157"), etag,
        null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(api().get("api/v1/cases/" + caseId, Tokens.caseworker("159")).json().getString("kommune"))
        .isEqualTo("159");
    assertThat(api().get("api/v1/cases/" + caseId, Tokens.caseworker("157")).status()).isEqualTo(404);

    assertThat(api().post("api/v1/case-moves/claims", Tokens.caseworker("159"), "{\"cpr\": \"" + cpr + "\"}")
        .status()).as("the case is the claimant's own now").isEqualTo(409);
    assertThat(fields(api().post("api/v1/case-moves/claims", Tokens.caseworker("159"),
        "{\"cpr\": \"" + adultCpr(35) + "\"}"))).as("nobody holds this person").containsExactly("cpr");
  }

  @Test
  void searchTakesTheCprInTheBodyAndLogsOnlyItsHash() throws Exception {
    String cpr = adultCpr(41);
    String json = """
        {"cpr": "%s", "name": "Kidane Tesfaye Berhane", "residenceBasis": "QUOTA_REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, TODAY.minusDays(3));
    assertThat(api().post("api/v1/cases", Tokens.caseworker("153"), json).status()).isEqualTo(201);

    assertThat(api().post("api/v1/cases/search", Tokens.caseworker("153"), "{\"name\": \"berh\"}").json()
        .getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(api().post("api/v1/cases/search", Tokens.caseworker("153"), "{\"cpr\": \"" + cpr + "\"}").json()
        .getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(api().post("api/v1/cases/search", Tokens.caseworker("155"), "{\"cpr\": \"" + cpr + "\"}").json()
        .getJsonNumber("total").longValue()).isZero();
    assertThat(fields(api().post("api/v1/cases/search", Tokens.caseworker("153"), "{}")))
        .containsExactlyInAnyOrder("name", "cpr");

    try (Connection db = ItDatabase.connect();
        PreparedStatement q = db.prepareStatement("select criterion_hash from audit.access_log "
            + "where action = 'SEARCH' and kommune_kode = '153'")) {
      try (ResultSet rs = q.executeQuery()) {
        int rows = 0;
        while (rs.next()) {
          rows++;
          // a keyed hash in hex: neither form of the number is in it (its last four digits may be, by chance)
          assertThat(rs.getString(1)).matches("[0-9a-f]{64}").doesNotContain(cpr)
              .doesNotContain(cpr.replace("-", ""));
        }
        assertThat(rows).isEqualTo(2); // the empty search was refused before it searched
      }
    }
  }
}
