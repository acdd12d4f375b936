package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tasks: the domain's events open and close them (a case opened, an offer started, a kontrakt signed, an
 * assignment), people mark them done and snooze them, and a kommune sees only its own. Kommune 265 (Roskilde) is this
 * test's; every assertion follows the cases it registered (the shared database holds other tests' data).
 */
class TasksIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "265";
  private static final String CW = Tokens.caseworker(KOMMUNE);
  /** The company the tests' offers name (13748136 in every text block below). */
  private static final String EMPLOYER = "13748136";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  @Test
  void aRegisteredCaseOpensItsDeadlinesAndTheEventsCloseThem() {
    api().registerEmployer(EMPLOYER); // an offer names a company in the register
    LocalDate takeover = TODAY.minusDays(3);
    String id = newCase(takeover);

    Map<String, JsonObject> open = byType(tasks("caseId=" + id, CW));
    assertThat(open.keySet()).containsExactlyInAnyOrder("FIRST_OFFER_TARGET", "FIRST_OFFER_LATEST", "KONTRAKT",
        "PROGRAMME_END");
    assertThat(open.get("FIRST_OFFER_TARGET").getString("dueDate")).isEqualTo(takeover.plusDays(14).toString());
    assertThat(open.get("FIRST_OFFER_LATEST").getString("dueDate")).isEqualTo(takeover.plusMonths(1).toString());
    assertThat(open.get("KONTRAKT").getString("dueDate")).isEqualTo(takeover.plusMonths(1).toString());
    assertThat(open.get("PROGRAMME_END").getString("dueDate")).isEqualTo(takeover.plusYears(1).toString());
    assertThat(open.values()).allSatisfy(t -> {
      assertThat(t.getString("status")).isEqualTo("OPEN");
      assertThat(t.getString("caseId")).isEqualTo(id);
      assertThat(t.containsKey("owner")).as("in the kommune's queue").isFalse();
      assertThat(t.getBoolean("overdue")).isFalse();
    });

    // assigned: the tasks are the caseworker's ("mine"), no longer in the queue
    String subject = "tasks-it-" + UUID.randomUUID();
    String mine = Tokens.DEMO.sign(Tokens.DEMO.claims(subject, "caseworker", Duration.ofMinutes(30))
        .claim("kommune", KOMMUNE).build());
    assertThat(change("PUT", "api/v1/cases/" + id + "/assignment", caseEtag(id),
        "{\"caseworker\": \"" + subject + "\"}").status()).isEqualTo(200);
    assertThat(tasks("assignee=me&caseId=" + id, mine)).hasSize(4)
        .allSatisfy(t -> assertThat(t.getString("owner")).isEqualTo(subject));
    assertThat(tasks("assignee=me&caseId=" + id, CW)).isEmpty();
    assertThat(tasks("assignee=unassigned&caseId=" + id, CW)).isEmpty();
    assertThat(tasks("assignee=" + subject, CW)).hasSize(4);

    // a company-oriented offer that starts closes both first-offer tasks
    Api.Reply offer = api().post("api/v1/cases/" + id + "/offers", CW, """
        {"type": "VIRKSOMHEDSPRAKTIK", "startDate": "%s", "employerCvr": "13748136"}""".formatted(TODAY));
    assertThat(offer.status()).as(offer.toString()).isEqualTo(201);
    assertThat(byType(tasks("caseId=" + id, CW)).keySet()).containsExactlyInAnyOrder("KONTRAKT", "PROGRAMME_END");
    Map<String, JsonObject> done = byType(tasks("status=DONE&caseId=" + id, CW));
    assertThat(done.keySet()).containsExactlyInAnyOrder("FIRST_OFFER_TARGET", "FIRST_OFFER_LATEST");
    assertThat(done.values()).allSatisfy(t -> {
      assertThat(t.getString("closedBy")).isEqualTo("caseworker-" + KOMMUNE);
      assertThat(t.getString("closedAt")).isNotBlank();
    });

    // a signed kontrakt closes its task
    assertThat(change("PUT", "api/v1/cases/" + id + "/contract", caseEtag(id),
        "{\"signedDate\": \"" + TODAY + "\"}").status()).isEqualTo(200);
    assertThat(byType(tasks("caseId=" + id, CW)).keySet()).containsExactly("PROGRAMME_END");
    assertThat(byType(tasks("status=DONE&caseId=" + id, CW)).keySet()).contains("KONTRAKT");

    // an agreed earlier takeover moves the open deadlines with the clocks
    LocalDate agreed = takeover.minusDays(2);
    assertThat(change("PUT", "api/v1/cases/" + id + "/takeover", caseEtag(id),
        "{\"takeoverDate\": \"" + agreed + "\"}").status()).isEqualTo(200);
    assertThat(byType(tasks("caseId=" + id, CW)).get("PROGRAMME_END").getString("dueDate"))
        .isEqualTo(agreed.plusYears(1).toString());
  }

  @Test
  void aHandoverTakenOverOpensTheFirstOfferAndKontraktTasks() {
    Api.Reply sent = post("api/v1/handovers", Tokens.sender("redcross"),
        HandoverIT.handover(TestCpr.adult(true), KOMMUNE));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    String handover = sent.json().getString("id");
    Api.Reply taken = post("api/v1/handovers/" + handover + "/takeover", CW, "{}");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    String caseId = taken.json().getString("caseId");
    LocalDate takeover = LocalDate.parse(taken.json().getString("takeoverDate"));

    Map<String, JsonObject> open = byType(tasks("caseId=" + caseId, CW));
    assertThat(open.get("FIRST_OFFER_TARGET").getString("dueDate")).isEqualTo(takeover.plusDays(14).toString());
    assertThat(open.get("FIRST_OFFER_LATEST").getString("dueDate")).isEqualTo(takeover.plusMonths(1).toString());
    assertThat(open.get("KONTRAKT").getString("dueDate")).isEqualTo(takeover.plusMonths(1).toString());
    assertThat(open.values()).allSatisfy(t -> assertThat(t.getString("handoverId")).isEqualTo(handover));
  }

  @Test
  void overdueAndDueSoonFilters() {
    String late = newCase(TODAY.minusDays(40));
    String fresh = newCase(TODAY.minusDays(1));
    assertThat(byType(tasks("overdue=true&caseId=" + late, CW)).keySet())
        .containsExactlyInAnyOrder("FIRST_OFFER_TARGET", "FIRST_OFFER_LATEST", "KONTRAKT");
    assertThat(tasks("overdue=true&caseId=" + late, CW)).allSatisfy(t -> assertThat(t.getBoolean("overdue")).isTrue());
    assertThat(tasks("overdue=true&caseId=" + fresh, CW)).isEmpty();
    assertThat(byType(tasks("dueWithinDays=13&caseId=" + fresh, CW)).keySet()).containsExactly("FIRST_OFFER_TARGET");
    assertThat(byType(tasks("type=KONTRAKT&caseId=" + late, CW)).keySet()).containsExactly("KONTRAKT");
    // the team lead reads the kommune's tasks too
    assertThat(tasks("overdue=true&caseId=" + late, Tokens.teamLead(KOMMUNE))).hasSize(3);

    assertThat(api().get("api/v1/tasks?dueWithinDays=400", CW).status()).isEqualTo(400);
    assertThat(api().get("api/v1/tasks?type=LUNCH", CW).json().toString()).contains("\"type\"");
    assertThat(api().get("api/v1/tasks?caseId=not-a-uuid", CW).status()).isEqualTo(400);
    assertThat(api().get("api/v1/tasks", Tokens.ministryAnalyst()).status()).isEqualTo(403);
  }

  @Test
  void doneAndSnoozeNeedTheVersionAndStayInTheKommune() {
    String id = newCase(TODAY.minusDays(2));
    JsonObject kontrakt = byType(tasks("caseId=" + id, CW)).get("KONTRAKT");
    String task = "api/v1/tasks/" + kontrakt.getString("id");
    Api.Reply read = api().get(task, CW);
    assertThat(read.status()).isEqualTo(200);
    String etag = read.header("ETag").orElseThrow();

    // another kommune's caseworker and team lead: as if the task did not exist
    assertThat(api().get(task, Tokens.caseworker("101")).status()).isEqualTo(404);
    assertThat(action(task + "/done", Tokens.caseworker("101"), etag, null).status()).isEqualTo(404);
    assertThat(action(task + "/snooze", Tokens.teamLead("101"), etag,
        "{\"until\": \"" + TODAY.plusDays(7) + "\", \"reason\": \"Away\"}").status()).isEqualTo(404);
    assertThat(tasks("caseId=" + id, Tokens.caseworker("101"))).isEmpty();

    // snooze: needs If-Match, a later date and a reason
    assertThat(action(task + "/snooze", CW, null, "{\"until\": \"" + TODAY.plusDays(7) + "\", \"reason\": \"x\"}")
        .status()).isEqualTo(428);
    Api.Reply today = action(task + "/snooze", CW, etag, "{\"until\": \"" + TODAY + "\", \"reason\": \"Ill\"}");
    assertThat(today.status()).isEqualTo(400);
    assertThat(today.body()).contains("until");
    Api.Reply noReason = action(task + "/snooze", CW, etag, "{\"until\": \"" + TODAY.plusDays(7) + "\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    Api.Reply snoozed = action(task + "/snooze", CW, etag,
        "{\"until\": \"" + TODAY.plusDays(7) + "\", \"reason\": \"The person is in hospital this week\"}");
    assertThat(snoozed.status()).as(snoozed.toString()).isEqualTo(200);
    assertThat(snoozed.json().getString("status")).isEqualTo("SNOOZED");
    assertThat(snoozed.json().getString("snoozedUntil")).isEqualTo(TODAY.plusDays(7).toString());
    assertThat(snoozed.json().getString("snoozeReason")).isEqualTo("The person is in hospital this week");
    assertThat(byType(tasks("caseId=" + id, CW))).doesNotContainKey("KONTRAKT");
    assertThat(byType(tasks("status=SNOOZED&caseId=" + id, CW)).keySet()).containsExactly("KONTRAKT");

    // done: the old version is stale now
    assertThat(action(task + "/done", CW, etag, null).status()).isEqualTo(412);
    String current = snoozed.header("ETag").orElseThrow();
    Api.Reply done = action(task + "/done", Tokens.teamLead(KOMMUNE), current, null);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("DONE");
    assertThat(done.json().getString("closedBy")).isEqualTo("team-lead-" + KOMMUNE);
    assertThat(done.json().containsKey("snoozedUntil")).isFalse();
    Api.Reply again = action(task + "/done", CW, done.header("ETag").orElseThrow(), null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(byType(tasks("status=DONE&caseId=" + id, CW)).keySet()).containsExactly("KONTRAKT");
  }

  @Test
  void aSnoozedTaskIsOpenAgainOnItsDate() throws SQLException {
    String id = newCase(TODAY.minusDays(2));
    JsonObject kontrakt = byType(tasks("caseId=" + id, CW)).get("KONTRAKT");
    String task = "api/v1/tasks/" + kontrakt.getString("id");
    Api.Reply snoozed = action(task + "/snooze", CW, api().get(task, CW).header("ETag").orElseThrow(),
        "{\"until\": \"" + TODAY.plusDays(7) + "\", \"reason\": \"Waiting for the interpreter\"}");
    assertThat(snoozed.status()).as(snoozed.toString()).isEqualTo(200);
    assertThat(byType(tasks("caseId=" + id, CW))).doesNotContainKey("KONTRAKT");

    // the week has passed: the snooze date is today (the API takes only later dates, so the database is set)
    try (Connection c = ItDatabase.connect();
        PreparedStatement s = c.prepareStatement("update caseload.task set snoozed_until = ? where id = ?")) {
      s.setObject(1, TODAY);
      s.setObject(2, UUID.fromString(kontrakt.getString("id")));
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    JsonObject open = byType(tasks("caseId=" + id, CW)).get("KONTRAKT");
    assertThat(open).as("listed as open on its snooze date").isNotNull();
    assertThat(open.getString("status")).isEqualTo("OPEN");
    assertThat(byType(tasks("status=SNOOZED&caseId=" + id, CW))).doesNotContainKey("KONTRAKT");
  }

  @Test
  void eachCompanyOrientedOfferWithAnEndOpensTheNextContinuousEffortTask() {
    api().registerEmployer(EMPLOYER); // an offer names a company in the register
    String id = newCase(TODAY.minusMonths(2));
    LocalDate firstEnd = TODAY.plusDays(5);
    Api.Reply first = api().post("api/v1/cases/" + id + "/offers", CW, """
        {"type": "VIRKSOMHEDSPRAKTIK", "startDate": "%s", "endDate": "%s", "employerCvr": "13748136"}"""
        .formatted(TODAY.minusWeeks(3), firstEnd));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    // the next company-oriented offer is due 4 weeks (the configured gap) after this one ends
    JsonObject effort = byType(tasks("type=CONTINUOUS_EFFORT&caseId=" + id, CW)).get("CONTINUOUS_EFFORT");
    assertThat(effort.getString("dueDate")).isEqualTo(firstEnd.plusWeeks(4).toString());

    LocalDate secondEnd = TODAY.plusMonths(3);
    Api.Reply second = api().post("api/v1/cases/" + id + "/offers", CW, """
        {"type": "LOENTILSKUD", "startDate": "%s", "endDate": "%s", "employerCvr": "13748136",
         "hoursPerWeek": 37}""".formatted(TODAY, secondEnd));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(tasks("type=CONTINUOUS_EFFORT&status=DONE&caseId=" + id, CW)).singleElement()
        .satisfies(t -> assertThat(t.getString("id")).isEqualTo(effort.getString("id")));
    JsonObject next = byType(tasks("type=CONTINUOUS_EFFORT&caseId=" + id, CW)).get("CONTINUOUS_EFFORT");
    assertThat(next.getString("dueDate")).isEqualTo(secondEnd.plusWeeks(4).toString());

    // ending the løntilskud early brings the next deadline forward
    String offerPath = "api/v1/cases/" + id + "/offers/" + second.json().getString("id");
    String etag = api().get(offerPath, CW).header("ETag").orElseThrow();
    LocalDate earlyEnd = TODAY.plusWeeks(2);
    assertThat(change("PUT", offerPath + "/end", etag, "{\"endDate\": \"" + earlyEnd + "\"}").status())
        .isEqualTo(200);
    assertThat(byType(tasks("type=CONTINUOUS_EFFORT&caseId=" + id, CW)).get("CONTINUOUS_EFFORT")
        .getString("dueDate")).isEqualTo(earlyEnd.plusWeeks(4).toString());
  }

  @Test
  void aClosedCaseCancelsItsOpenTasks() {
    String id = newCase(TODAY.minusDays(5));
    assertThat(change("POST", "api/v1/cases/" + id + "/self-supporting", caseEtag(id),
        "{\"kind\": \"EDUCATION\", \"date\": \"" + TODAY + "\"}").status()).isEqualTo(200);
    assertThat(tasks("caseId=" + id, CW)).isEmpty();
    assertThat(tasks("status=CANCELLED&caseId=" + id, CW)).hasSize(4);
  }

  @Test
  void anIguPlacementsVitasAndBonusTasksCloseWhenRegisteredAndClaimed() {
    String consultant = Tokens.consultant(KOMMUNE);
    String employer = api().post("api/v1/employers", consultant, """
        {"cvr": "%s", "name": "Roskilde Tømrer ApS", "sector": "PRIVATE", "locationKommune": "265",
         "industry": "Byggeri"}""".formatted(TestCvr.random())).json().getString("id");
    LocalDate start = TestIgu.startOn(TODAY.minusMonths(6).minusDays(1)); // the 6-month bonus is due already
    Api.Reply person = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Yonas Berhe", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s"}""".formatted(TestCpr.adult(true), start.minusMonths(2), start.minusMonths(3)));
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    String caseId = person.json().getString("id");
    LocalDate signed = start.minusDays(20);
    Api.Reply placed = api().post("api/v1/igu-placements", consultant, """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer, start, signed));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    String placement = placed.json().getString("id");

    JsonObject vitas = byType(tasks("caseId=" + caseId, consultant)).get("VITAS_REGISTRATION");
    assertThat(vitas.getString("dueDate")).isEqualTo(signed.plusMonths(1).toString());
    assertThat(vitas.getString("placementId")).isEqualTo(placement);
    assertThat(vitas.getBoolean("overdue")).isTrue();
    // the IGU is a company-oriented offer that started: the first-offer tasks are done
    assertThat(byType(tasks("status=DONE&caseId=" + caseId, CW)).keySet())
        .contains("FIRST_OFFER_TARGET", "FIRST_OFFER_LATEST");

    String etag = api().get("api/v1/igu-placements/" + placement, consultant).header("ETag").orElseThrow();
    Api.Reply registered = api().send(Api.request(api().uri("api/v1/igu-placements/" + placement + "/vitas"),
        consultant).header("If-Match", etag).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"registeredDate\": \"" + TODAY + "\"}")));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    assertThat(tasks("type=VITAS_REGISTRATION&caseId=" + caseId, CW)).isEmpty();
    assertThat(tasks("type=VITAS_REGISTRATION&status=DONE&caseId=" + caseId, CW)).hasSize(1);

    // reading the placement reached the due 6-month milestone: a claim task, done once it is claimed
    List<JsonObject> claims = tasks("type=BONUS_CLAIM", consultant).stream()
        .filter(t -> placement.equals(t.getString("placementId", null))).toList();
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).getString("dueDate")).isEqualTo(placed.json().getJsonArray("bonus").getJsonObject(0)
        .getString("dueDate"));
    etag = registered.header("ETag").orElseThrow();
    Api.Reply claimed = api().send(Api.request(api().uri("api/v1/igu-placements/" + placement + "/bonus/SIX_MONTHS"),
        consultant).header("If-Match", etag).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"status\": \"CLAIMED\", \"date\": \"" + TODAY + "\"}")));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
    assertThat(api().get("api/v1/tasks/" + claims.get(0).getString("id"), consultant).json().getString("status"))
        .isEqualTo("DONE");
  }

  private String newCase(LocalDate takeover) {
    Api.Reply created = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Hiwot Tesfaye", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.adult(false), takeover));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private List<JsonObject> tasks(String query, String token) {
    Api.Reply reply = api().get("api/v1/tasks?size=100&" + query, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  private static Map<String, JsonObject> byType(List<JsonObject> tasks) {
    return tasks.stream().collect(Collectors.toMap(t -> t.getString("type"), t -> t));
  }

  private String caseEtag(String id) {
    return api().get("api/v1/cases/" + id, CW).header("ETag").orElseThrow();
  }

  private Api.Reply change(String method, String path, String etag, String json) {
    return api().send(Api.request(api().uri(path), CW).header("If-Match", etag)
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  private Api.Reply action(String path, String token, String etag, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (etag != null) {
      b.header("If-Match", etag);
    }
    return api().send(b);
  }

  private Api.Reply post(String path, String token, String json) {
    return api().send(Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }
}
