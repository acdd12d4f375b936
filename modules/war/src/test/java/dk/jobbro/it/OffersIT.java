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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Offers and IGU placements as a jobcentre lives them (issue 13, points 4 and 5): an offer registered in advance is
 * planned until it starts and can be cancelled, offers name registered companies, an IGU offer comes only from a
 * placement, a bonus not reached before an early end is forfeited however late the end is registered, the case's own
 * ordinary job at the company counts against an IGU there, and caseworker and consultant each see their part.
 * Writes only to Slagelse (330).
 */
class OffersIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "330";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  /** A refugee of 30, permitted a month before the takeover; eligible for an IGU. */
  private String newCase(LocalDate takeover) {
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(KOMMUNE), """
        {"cpr": "%s", "name": "Selam Haile", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s"}""".formatted(TestCpr.adult(false), takeover, takeover.minusMonths(1)));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private String employer() {
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(KOMMUNE), """
        {"cvr": "%s", "name": "Slagelse Lager ApS", "sector": "PRIVATE", "locationKommune": "%s",
         "industry": "Lager"}""".formatted(TestCvr.random(), KOMMUNE));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private Api.Reply offer(String caseId, String type, LocalDate start, LocalDate end, String cvr) {
    return api().post("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE),
        "{\"type\": \"" + type + "\", \"startDate\": \"" + start + "\""
            + (end == null ? "" : ", \"endDate\": \"" + end + "\"")
            + (cvr == null ? "" : ", \"employerCvr\": \"" + cvr + "\"") + "}");
  }

  private Api.Reply cancel(String caseId, String offerId, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri("api/v1/cases/" + caseId + "/offers/" + offerId + "/cancellation"),
        Tokens.caseworker(KOMMUNE)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  private JsonObject firstOffer(String caseId) {
    return api().get("api/v1/cases/" + caseId, Tokens.caseworker(KOMMUNE)).json().getJsonObject("firstOffer");
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  private static LocalDate storedFirstOffer(String caseId) throws Exception {
    try (Connection db = ItDatabase.connect();
        PreparedStatement q = db.prepareStatement("select first_offer_date from caseload.case_file where id = ?")) {
      q.setObject(1, UUID.fromString(caseId));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getObject(1, LocalDate.class);
      }
    }
  }

  @Test
  void aPlannedOfferMeetsTheFirstOfferOnlyFromItsStartAndCanBeCancelledBeforeIt() throws Exception {
    String cvr = api().registerEmployer(Api.TEST_EMPLOYER_CVR);
    String caseId = newCase(TODAY.minusDays(10)); // the 14-day target in 4 days
    Api.Reply nextWeek = offer(caseId, "VIRKSOMHEDSPRAKTIK", TODAY.plusDays(7), null, cvr);
    assertThat(nextWeek.status()).as(nextWeek.toString()).isEqualTo(201);
    assertThat(nextWeek.json().getString("status")).isEqualTo("PLANNED");
    assertThat(firstOffer(caseId).getString("status")).isEqualTo("OPEN");
    assertThat(firstOffer(caseId).containsKey("metOn")).isFalse();
    assertThat(firstOffer(caseId).getInt("daysLeft")).isPositive();
    Api.Reply later = offer(caseId, "LOENTILSKUD", TODAY.plusDays(20), null, cvr);
    assertThat(later.status()).as(later.toString()).isEqualTo(201);
    assertThat(storedFirstOffer(caseId)).isEqualTo(TODAY.plusDays(7));

    String first = nextWeek.json().getString("id");
    assertThat(cancel(caseId, first, null, "{\"reason\": \"The company withdrew\"}").status()).isEqualTo(428);
    assertThat(fields(cancel(caseId, first, nextWeek.header("ETag").orElseThrow(), "{}")))
        .containsExactly("reason");
    Api.Reply cancelled = cancel(caseId, first, nextWeek.header("ETag").orElseThrow(),
        "{\"reason\": \"The company withdrew\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.json().getString("cancelledOn")).isEqualTo(TODAY.toString());
    assertThat(cancelled.json().getString("cancellationReason")).isEqualTo("The company withdrew");
    // the clock reopens: the next offer that counts is the first, and with it gone there is none
    assertThat(storedFirstOffer(caseId)).isEqualTo(TODAY.plusDays(20));
    Api.Reply again = cancel(caseId, first, cancelled.header("ETag").orElseThrow(), "{\"reason\": \"Twice\"}");
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(cancel(caseId, later.json().getString("id"), later.header("ETag").orElseThrow(),
        "{\"reason\": \"The person moved\"}").status()).isEqualTo(200);
    assertThat(storedFirstOffer(caseId)).isNull();
    assertThat(api().get("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE)).jsonArray()
        .getValuesAs(JsonObject.class)).extracting(o -> o.getString("status"))
        .containsExactly("CANCELLED", "CANCELLED");

    // an offer that has started happened: it is ended, not cancelled
    Api.Reply today = offer(caseId, "VIRKSOMHEDSPRAKTIK", TODAY, null, cvr);
    assertThat(today.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(firstOffer(caseId).getString("status")).isEqualTo("MET_ON_TIME");
    assertThat(firstOffer(caseId).getString("metOn")).isEqualTo(TODAY.toString());
    Api.Reply tooLate = cancel(caseId, today.json().getString("id"), today.header("ETag").orElseThrow(),
        "{\"reason\": \"Changed our mind\"}");
    assertThat(tooLate.status()).as(tooLate.toString()).isEqualTo(409);
    assertThat(tooLate.isProblem()).isTrue();
  }

  @Test
  void anOfferNamesARegisteredCompanyAndAnIguComesOnlyFromAPlacement() {
    String caseId = newCase(TODAY.minusDays(3));
    Api.Reply unknown = offer(caseId, "LOENTILSKUD", TODAY, null, TestCvr.random());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("employerCvr");
    Api.Reply igu = offer(caseId, "IGU", TODAY, null, api().registerEmployer(Api.TEST_EMPLOYER_CVR));
    assertThat(igu.status()).isEqualTo(400);
    assertThat(fields(igu)).containsExactly("type");
    assertThat(api().get("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE)).jsonArray()).isEmpty();
  }

  @Test
  void aBonusNotReachedBeforeAnEarlyEndIsForfeitedAlsoWhenTheEndIsRegisteredLate() {
    String employer = employer();
    // registered after its 6-month date: that bonus is reached at once
    LocalDate start = TestIgu.startOn(TODAY.minusMonths(7));
    String caseId = newCase(start.minusMonths(1));
    Api.Reply placed = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer, start, start.minusDays(10)));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    assertThat(placed.json().getJsonArray("bonus").getJsonObject(0).getString("status")).isEqualTo("DUE");

    String path = "api/v1/igu-placements/" + placed.json().getString("id");
    Api.Reply ended = api().send(Api.request(api().uri(path + "/termination"), Tokens.consultant(KOMMUNE))
        .header("If-Match", placed.header("ETag").orElseThrow()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"endDate\": \"" + start.plusMonths(5)
            + "\", \"reason\": \"DISMISSED\"}")));
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().getJsonArray("bonus").getValuesAs(JsonObject.class))
        .extracting(b -> b.getString("status")).containsOnly("FORFEITED");
    assertThat(api().get(path, Tokens.consultant(KOMMUNE)).json().getJsonArray("bonus").getJsonObject(0)
        .getString("status")).isEqualTo("FORFEITED");
  }

  @Test
  void theCasesOwnOrdinaryJobAtTheCompanyCountsAgainstAnIguThere() {
    String employer = employer();
    String cvr = api().get("api/v1/employers/" + employer, Tokens.consultant(KOMMUNE)).json().getString("cvr");
    LocalDate start = TestIgu.startOn(TODAY);
    String caseId = newCase(start.minusMonths(4));
    Api.Reply job = offer(caseId, "ORDINARY_JOB", start.minusMonths(3), start.minusMonths(1), cvr);
    assertThat(job.status()).as(job.toString()).isEqualTo(201);

    Api.Reply refused = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer, start, start.minusDays(3)));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(fields(refused)).containsExactly("caseId");
    assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("message"))
        .contains("NO_ORDINARY_JOB_AT_EMPLOYER").contains(start.minusMonths(1).toString());

    // at another company the same person may start
    Api.Reply elsewhere = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer(), start, start.minusDays(3)));
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
  }

  @Test
  void theConsultantSeesWhatThePlacementNeedsAndTheCaseworkerSeesThePlacement() {
    // an IGU starting in two weeks, for a person taken over two months ago; once the scheme has closed, both are
    // dated from its last start date
    LocalDate start = TestIgu.startOn(TODAY.plusDays(14));
    String caseId = newCase(start.minusDays(14).minusMonths(2));
    Api.Reply candidate = api().get("api/v1/cases/" + caseId + "/igu-candidate?startDate=" + start,
        Tokens.consultant(KOMMUNE));
    assertThat(candidate.status()).as(candidate.toString()).isEqualTo(200);
    assertThat(candidate.json().getString("name")).isEqualTo("Selam Haile");
    assertThat(candidate.json().getString("cpr")).endsWith("-xxxx");
    assertThat(candidate.json().getJsonObject("eligibility").getBoolean("eligible")).isTrue();
    assertThat(api().get("api/v1/cases/" + caseId + "/igu-candidate?startDate=" + start, Tokens.consultant("101"))
        .status()).isEqualTo(404);
    assertThat(api().get("api/v1/cases/" + caseId, Tokens.consultant(KOMMUNE)).status()).isEqualTo(403);

    String caseworkerView = "api/v1/cases/" + caseId + "/igu-placements";
    assertThat(api().get(caseworkerView, Tokens.caseworker(KOMMUNE)).jsonArray()).isEmpty();
    Api.Reply placed = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer(), start, start.minusDays(14)));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    List<JsonObject> seen = api().get(caseworkerView, Tokens.caseworker(KOMMUNE)).jsonArray()
        .getValuesAs(JsonObject.class);
    assertThat(seen).extracting(p -> p.getString("id")).containsExactly(placed.json().getString("id"));
    assertThat(api().get(caseworkerView, Tokens.caseworker("101")).jsonArray()).isEmpty();
    JsonObject igu = api().get("api/v1/cases/" + caseId + "/offers", Tokens.caseworker(KOMMUNE)).jsonArray()
        .getJsonObject(0);
    assertThat(igu.getString("type")).isEqualTo("IGU");
    if (start.isAfter(TODAY)) {
      // the IGU offer it gave the case starts in two weeks: planned, not yet the first offer
      assertThat(igu.getString("status")).isEqualTo("PLANNED");
      assertThat(firstOffer(caseId).getString("status")).isEqualTo("OVERDUE");
    } else {
      // no IGU starts after the scheme's last start date: registered late, this one started then and met the duty,
      // later than the month after the takeover
      assertThat(igu.getString("status")).isEqualTo("ACTIVE");
      assertThat(firstOffer(caseId).getString("status")).isEqualTo("MET_LATE");
    }
  }
}
