package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Caseload publishes its events after commit, and only for work that committed: the probe deployment's EventProbe
 * observes them as another module would, and its resource runs the nightly clocks for a given day.
 */
@ExtendWith(ReportWriters.Share.class) // writes cases: not during PrivacyIT's retention run
class EventsIT {

  private static final LocalDate TODAY = DanishDate.today();

  private final URL base = ProbeDeployment.url();

  @Test
  void aCaseLifeIsPublishedInOrder() {
    Api api = new Api(base);
    String cw = Tokens.caseworker("259");
    String id = api.post("api/v1/cases", cw, """
        {"cpr": "%s", "name": "Mariam Yohannes", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.random(), TODAY.minusDays(5))).json().getString("id");
    api.registerEmployer(Api.TEST_EMPLOYER_CVR);
    String offer = api.post("api/v1/cases/" + id + "/offers", cw, "{\"type\": \"LOENTILSKUD\", \"startDate\": \""
        + TODAY + "\", \"employerCvr\": \"13748136\"}").json().getString("id");
    String etag = api.get("api/v1/cases/" + id + "/offers/" + offer, cw).header("ETag").orElseThrow();
    api.send(Api.request(api.uri("api/v1/cases/" + id + "/offers/" + offer + "/end"), cw)
        .header("If-Match", etag).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"endDate\": \"" + TODAY.plusMonths(3) + "\"}")));
    String caseEtag = api.get("api/v1/cases/" + id, cw).header("ETag").orElseThrow();
    api.send(Api.request(api.uri("api/v1/cases/" + id + "/self-supporting"), cw)
        .header("If-Match", caseEtag).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"EDUCATION\", \"date\": \"" + TODAY + "\"}")));

    assertThat(events(api, id)).containsExactly("CaseOpened", "OfferStarted", "FirstOfferMet", "OfferEnded",
        "PersonSelfSupporting", "CaseClosed");
  }

  @Test
  void aRefusedChangePublishesNothing() {
    Api api = new Api(base);
    String cw = Tokens.caseworker("259");
    String id = api.post("api/v1/cases", cw, """
        {"cpr": "%s", "name": "Samir Haddad", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.random(), TODAY.minusDays(5))).json().getString("id");
    Api.Reply refused = api.post("api/v1/cases/" + id + "/offers", cw,
        "{\"type\": \"LOENTILSKUD\", \"startDate\": \"" + TODAY + "\"}"); // no employer CVR
    assertThat(refused.status()).isEqualTo(400);
    assertThat(events(api, id)).containsExactly("CaseOpened");
  }

  private static List<String> events(Api api, String caseId) {
    return api.get("api/test/events?case=" + caseId, Tokens.admin()).jsonArray().stream()
        .map(v -> ((JsonString) v).getString()).toList();
  }

  @Test
  void aBonusMilestoneIsReachedByTheNightlyClockOnItsDueDayOnce() {
    Api api = new Api(base);
    String consultant = Tokens.consultant("259");
    String employer = api.post("api/v1/employers", consultant, """
        {"cvr": "%s", "name": "Køge Havn Service ApS", "sector": "PRIVATE", "locationKommune": "259",
         "industry": "Havn"}""".formatted(TestCvr.random())).json().getString("id");
    // the 6-month bonus falls due within a week. A start six months ago plus a day does not always fall due tomorrow
    // (on 2028-02-29 that start is 2027-08-30, due 2028-02-29: today), so the start is six months before a week ahead
    LocalDate start = TestIgu.startOn(TODAY.plusDays(7).minusMonths(6));
    Api.Reply person = api.post("api/v1/cases", Tokens.caseworker("259"), """
        {"cpr": "%s", "name": "Samir Ali", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s"}""".formatted(TestCpr.adult(true), start.minusMonths(2),
        start.minusMonths(3)));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    Api.Reply placed = api.post("api/v1/igu-placements", consultant, """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(person.json().getString("id"), employer, start, start.minusDays(20)));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    String placement = placed.json().getString("id");
    LocalDate due = LocalDate.parse(placed.json().getJsonArray("bonus").getJsonObject(0).getString("dueDate"));
    if (due.isAfter(TODAY)) {
      runBonusClock(api, due.minusDays(1));
      assertThat(events(api, placement)).isEmpty();
      assertThat(runBonusClock(api, due)).isPositive();
    }
    // else the scheme closed more than six months ago: no 6-month bonus lies ahead, and registering the placement
    // (which started on the last start date) reached this one at once
    assertThat(events(api, placement)).containsExactly("BonusMilestoneReached");
    runBonusClock(api, due);
    assertThat(events(api, placement)).containsExactly("BonusMilestoneReached"); // once, not every night
    assertThat(api.get("api/v1/igu-placements/" + placement, consultant).json().getJsonArray("bonus")
        .getJsonObject(0).getString("status")).isEqualTo("DUE");
  }

  @Test
  void aPlannedOfferIsAnnouncedOnItsStartDateAndACancelledOneNever() {
    Api api = new Api(base);
    String cw = Tokens.caseworker("259");
    api.registerEmployer(Api.TEST_EMPLOYER_CVR);
    String id = api.post("api/v1/cases", cw, """
        {"cpr": "%s", "name": "Hanna Gebre", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.random(), TODAY.minusDays(5))).json().getString("id");
    LocalDate start = TODAY.plusDays(9);
    Api.Reply planned = api.post("api/v1/cases/" + id + "/offers", cw, "{\"type\": \"VIRKSOMHEDSPRAKTIK\", "
        + "\"startDate\": \"" + start + "\", \"employerCvr\": \"" + Api.TEST_EMPLOYER_CVR + "\"}");
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    Api.Reply cancelled = api.post("api/v1/cases/" + id + "/offers", cw, "{\"type\": \"MENTOR\", "
        + "\"startDate\": \"" + start.minusDays(2) + "\"}");
    String offers = "api/v1/cases/" + id + "/offers/";
    Api.Reply cancel = api.send(Api.request(api.uri(offers + cancelled.json().getString("id") + "/cancellation"), cw)
        .header("If-Match", cancelled.header("ETag").orElseThrow()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"The mentor moved away\"}")));
    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
    assertThat(events(api, id)).containsExactly("CaseOpened"); // nothing has happened yet

    runOfferClock(api, start.minusDays(1));
    assertThat(events(api, id)).containsExactly("CaseOpened");
    runOfferClock(api, start);
    assertThat(events(api, id)).containsExactly("CaseOpened", "OfferStarted", "FirstOfferMet");
    runOfferClock(api, start.plusDays(1));
    assertThat(events(api, id)).containsExactly("CaseOpened", "OfferStarted", "FirstOfferMet"); // once
  }

  private static void runOfferClock(Api api, LocalDate on) {
    Api.Reply reply = api.send(Api.request(api.uri("api/test/events/offer-clock?on=" + on), Tokens.admin())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static int runBonusClock(Api api, LocalDate on) {
    Api.Reply reply = api.send(Api.request(api.uri("api/test/events/bonus-clock?on=" + on), Tokens.admin())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return Integer.parseInt(reply.body().strip());
  }
}
