package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A family handed over together, as the asylum operator and the receiving kommune live it: the household links both
 * ways whatever the order of sending, a child becomes a dependant on a parent's case and leaves the inbox, the
 * handover's content reaches the case, an agreed earlier takeover shows on the handover, and an answered information
 * request is ANSWERED with a task. Kommuner 787 (Thisted) and 773 (Morsø) are this test's.
 */
public class HouseholdIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String HANDOVERS = "api/v1/handovers";
  private static final String REDCROSS = Tokens.sender("redcross");
  private static final String KOMMUNE = "787";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  /** A refugee visited a month ago, with the centre's notes, Danish classes, a job offer and maybe family. */
  private static String person(String cpr, String name, String kommune, String family, String extra) {
    return """
        {"person": {"cpr": "%s", "name": "%s", "countryOfOrigin": "Syrien"},
         "residenceBasis": "REFUGEE", "residencePermitDate": "%s", "visitationDecisionDate": "%s",
         "receivingKommune": "%s", "languages": [{"language": "ar", "level": "FLUENT"}],
         "familyHandovers": [%s]%s}"""
        .formatted(cpr, name, TODAY.minusMonths(2), TODAY.minusMonths(1), kommune, family, extra);
  }

  private static String quoted(String... ids) {
    return String.join(",", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList());
  }

  private Api.Reply post(String path, String token, String json) {
    return api().send(Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Api.Reply put(String path, String token, String ifMatch, String json) {
    return api().send(Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String submit(String json) {
    Api.Reply r = post(HANDOVERS, REDCROSS, json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private JsonObject get(String path, String token) {
    Api.Reply r = api().get(path, token);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private JsonObject inboxLine(String id) {
    for (int page = 1; page <= 20; page++) {
      JsonArray items = get(HANDOVERS + "?size=100&page=" + page, Tokens.caseworker(KOMMUNE)).getJsonArray("items");
      for (JsonValue i : items) {
        if (i.asJsonObject().getString("id").equals(id)) {
          return i.asJsonObject();
        }
      }
      if (items.size() < 100) {
        break;
      }
    }
    throw new AssertionError("not in the inbox: " + id);
  }

  @Test
  void aFamilyOfThreeSentInAnyOrderIsAHouseholdAndTheChildBecomesADependant() throws Exception {
    // the child first, alone; the mother names the child; the father, in a batch, names the mother only
    String child = submit(person(TestCpr.bornOn(TODAY.minusYears(7)), "Lina Haddad", KOMMUNE, "", ""));
    String mother = submit(person(TestCpr.bornOn(TODAY.minusYears(34), false), "Amina Haddad", KOMMUNE,
        quoted(child), ""));
    Api.Reply batch = post(HANDOVERS + "/batch", REDCROSS, "[" + person(TestCpr.bornOn(TODAY.minusYears(38), true),
        "Omar Haddad", KOMMUNE, quoted(mother), "") + "]");
    assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
    String father = batch.json().getJsonArray("results").getJsonObject(0).getString("id");

    // linked both ways, whatever the order: every line of the inbox names the other two
    assertThat(strings(inboxLine(child).getJsonArray("household"))).containsExactlyInAnyOrder(mother, father);
    assertThat(strings(inboxLine(mother).getJsonArray("household"))).containsExactlyInAnyOrder(child, father);
    assertThat(strings(inboxLine(father).getJsonArray("household"))).containsExactlyInAnyOrder(child, mother);
    assertThat(strings(get(HANDOVERS + "/" + child, REDCROSS).getJsonArray("household")))
        .containsExactlyInAnyOrder(mother, father);

    // a child alone cannot start a programme: the problem says to take over an adult first
    Api.Reply tooEarly = post(HANDOVERS + "/" + child + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
    assertThat(tooEarly.json().getString("detail")).contains("under 18").contains("adult of the household first");

    // the father's takeover brings the child along as a dependant on his case
    Api.Reply fatherTaken = post(HANDOVERS + "/" + father + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(fatherTaken.status()).as(fatherTaken.toString()).isEqualTo(200);
    assertThat(fatherTaken.json().getBoolean("dependant")).isFalse();
    String fatherCase = fatherTaken.json().getString("caseId");
    JsonObject childNow = get(HANDOVERS + "/" + child, Tokens.caseworker(KOMMUNE));
    assertThat(childNow.getString("status")).isEqualTo("TAKEN_OVER");
    assertThat(childNow.getBoolean("dependant")).isTrue();
    assertThat(childNow.getString("caseId")).isEqualTo(fatherCase);
    // it has left the inbox of handovers waiting for takeover
    for (String status : List.of("SENT", "RECEIVED", "INFO_REQUESTED", "ANSWERED")) {
      assertThat(get(HANDOVERS + "?size=100&status=" + status, Tokens.caseworker(KOMMUNE)).getJsonArray("items")
          .stream().map(i -> i.asJsonObject().getString("id"))).doesNotContain(child);
    }
    // a repeated takeover of the child answers the father's case
    Api.Reply childRetry = post(HANDOVERS + "/" + child + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(childRetry.status()).as(childRetry.toString()).isEqualTo(200);
    assertThat(childRetry.json().getBoolean("dependant")).isTrue();
    assertThat(childRetry.json().getString("caseId")).isEqualTo(fatherCase);

    Api.Reply motherTaken = post(HANDOVERS + "/" + mother + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(motherTaken.status()).as(motherTaken.toString()).isEqualTo(200);
    String motherCase = motherTaken.json().getString("caseId");
    assertThat(motherCase).isNotEqualTo(fatherCase);

    // the cases show each other (ids and names) and the child as a dependant with its school need
    JsonObject fatherView = get("api/v1/cases/" + fatherCase, Tokens.caseworker(KOMMUNE));
    JsonArray fatherHousehold = fatherView.getJsonArray("household");
    assertThat(fatherHousehold).hasSize(1);
    assertThat(fatherHousehold.getJsonObject(0).getString("caseId")).isEqualTo(motherCase);
    assertThat(fatherHousehold.getJsonObject(0).getString("name")).isEqualTo("Amina Haddad");
    JsonArray dependants = fatherView.getJsonArray("dependants");
    assertThat(dependants).hasSize(1);
    assertThat(dependants.getJsonObject(0).getString("name")).isEqualTo("Lina Haddad");
    assertThat(dependants.getJsonObject(0).getString("birthDate")).isEqualTo(TODAY.minusYears(7).toString());
    assertThat(dependants.getJsonObject(0).getString("careNeed")).isEqualTo("SCHOOL");
    assertThat(dependants.getJsonObject(0).getString("handoverId")).isEqualTo(child);
    JsonObject motherView = get("api/v1/cases/" + motherCase, Tokens.caseworker(KOMMUNE));
    assertThat(motherView.getJsonArray("household").getJsonObject(0).getString("caseId")).isEqualTo(fatherCase);
    assertThat(motherView.getJsonArray("dependants")).isEmpty();
    // the child has no case of its own
    assertThat(count("select count(*) from caseload.case_file where handover_id = cast(? as uuid)", child))
        .isZero();
  }

  @Test
  void aChildSentAfterItsParentWasTakenOverIsRegisteredOnTheParentsCase() throws Exception {
    String parent = submit(person(TestCpr.bornOn(TODAY.minusYears(30), false), "Sara Ali", KOMMUNE, "", ""));
    String parentCase = post(HANDOVERS + "/" + parent + "/takeover", Tokens.caseworker(KOMMUNE), "{}").json()
        .getString("caseId");
    String baby = submit(person(TestCpr.bornOn(TODAY.minusYears(2)), "Noor Ali", KOMMUNE, quoted(parent), ""));
    assertThat(strings(inboxLine(parent).getJsonArray("household"))).containsExactly(baby);

    Api.Reply taken = post(HANDOVERS + "/" + baby + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    assertThat(taken.json().getBoolean("dependant")).isTrue();
    assertThat(taken.json().getString("caseId")).isEqualTo(parentCase);
    JsonObject dependant = get("api/v1/cases/" + parentCase, Tokens.caseworker(KOMMUNE)).getJsonArray("dependants")
        .getJsonObject(0);
    assertThat(dependant.getString("careNeed")).isEqualTo("DAYCARE");
    // the programme itself stays for adults: the parent's own case is the only one
    assertThat(count("select count(*) from caseload.case_file where handover_id = cast(? as uuid)", baby)).isZero();
  }

  @Test
  void theHandoversContentReachesTheCaseAndHealthOnlyTheCaseworkers() throws Exception {
    String health = "Diabetes type 2; needs regular meals";
    String id = submit(person(TestCpr.bornOn(TODAY.minusYears(41), true), "Karim Nasser", KOMMUNE, "", """
        , "notes": "Wants construction work",
         "danishClasses": [{"course": "Fremrykket danskundervisning", "hours": 80},
                           {"course": "Tjek DK", "hours": 40, "completedOn": "%s"}],
         "jobOffer": {"description": "IGU som tømrerlærling", "cvr": "13748136", "igu": true},
         "health": {"information": "%s", "consent": {"purpose": "Planning of the programme",
                    "givenOn": "%s"}}""".formatted(TODAY.minusMonths(1), health, TODAY.minusMonths(1))));
    Api.Reply taken = post(HANDOVERS + "/" + id + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    String caseId = taken.json().getString("caseId");
    LocalDate expected = LocalDate.parse(taken.json().getString("takeoverDate"));

    Api.Reply read = api().get("api/v1/cases/" + caseId, Tokens.caseworker(KOMMUNE));
    assertThat(read.status()).isEqualTo(200);
    JsonObject content = read.json().getJsonObject("fromHandover");
    assertThat(content.getString("notes")).isEqualTo("Wants construction work");
    assertThat(content.getJsonArray("danishClasses")).hasSize(2);
    assertThat(content.getInt("danishHours")).isEqualTo(120);
    assertThat(content.getJsonObject("jobOffer").getString("cvr")).isEqualTo("13748136");
    assertThat(content.getJsonObject("jobOffer").getBoolean("igu")).isTrue();
    JsonObject sensitive = content.getJsonObject("health");
    assertThat(sensitive.getString("information")).isEqualTo(health);
    assertThat(sensitive.getBoolean("sensitive")).isTrue();
    assertThat(sensitive.getString("category")).isEqualTo("HEALTH");
    assertThat(sensitive.getJsonObject("consent").getString("givenOn")).isEqualTo(TODAY.minusMonths(1).toString());
    // stored encrypted on the case too, and the read that showed it is logged as an art. 9 read
    assertThat(count("select count(*) from caseload.case_handover_content where case_id = cast(? as uuid)"
        + " and health_information like ?", caseId, "%Diabetes%")).isZero();
    assertThat(ItDatabase.countReaching(1,
        "select count(*) from audit.access_log where resource_id = cast(? as uuid) and action = ?", caseId,
        "READ_ART9")).isEqualTo(1);
    // nobody but the kommune's caseworkers reads the case: not the consultant, not another kommune, not the sender
    assertThat(api().get("api/v1/cases/" + caseId, Tokens.consultant(KOMMUNE)).status()).isEqualTo(403);
    assertThat(api().get("api/v1/cases/" + caseId, Tokens.caseworker("773")).status()).isEqualTo(404);
    assertThat(api().get("api/v1/cases/" + caseId, REDCROSS).status()).isEqualTo(403);
    // and no event, no journal line carries it
    assertThat(count("select count(*) from events.outbox where data::text like ?", "%Diabetes%")).isZero();
    assertThat(count("select count(*) from caseload.journal_entry where case_id = cast(? as uuid)"
        + " and text like ?", caseId, "%Diabetes%")).isZero();

    // an earlier takeover agreed on the case shows on the handover
    LocalDate agreed = expected.minusDays(5);
    Api.Reply agree = put("api/v1/cases/" + caseId + "/takeover", Tokens.caseworker(KOMMUNE),
        read.header("ETag").orElseThrow(), "{\"takeoverDate\": \"" + agreed + "\"}");
    assertThat(agree.status()).as(agree.toString()).isEqualTo(200);
    JsonObject handover = get(HANDOVERS + "/" + id, Tokens.caseworker(KOMMUNE));
    assertThat(handover.getString("takeoverDate")).isEqualTo(agreed.toString());
    assertThat(get(HANDOVERS + "/" + id, REDCROSS).getString("takeoverDate")).isEqualTo(agreed.toString());
  }

  @Test
  void anAnsweredRequestIsAnsweredAndATaskUntilTakeoverOrWithdrawal() throws Exception {
    String cpr = TestCpr.bornOn(TODAY.minusYears(29), true);
    String id = submit(person(cpr, "Yusuf Omar", KOMMUNE, "", ""));
    JsonObject answered = askAndAnswer(id, cpr, "Yusuf Omar");
    assertThat(answered.getString("status")).isEqualTo("ANSWERED");
    assertThat(get(HANDOVERS + "/" + id, Tokens.caseworker(KOMMUNE)).getString("status")).isEqualTo("ANSWERED");
    assertThat(inboxLine(id).getString("status")).isEqualTo("ANSWERED");
    assertThat(count("select count(*) from events.outbox where type = 'dk.jobbro.handover.information-answered'"
        + " and subject = ?", id)).isEqualTo(2); // the kommune's feed and the sender's

    JsonObject task = answeredTask(id, "OPEN");
    assertThat(task.getString("dueDate")).isEqualTo(TODAY.plusDays(5).toString());
    assertThat(task.containsKey("owner") && !task.isNull("owner")).isFalse();

    Api.Reply taken = post(HANDOVERS + "/" + id + "/takeover", Tokens.caseworker(KOMMUNE), "{}");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    assertThat(answeredTask(id, "DONE").getString("id")).isEqualTo(task.getString("id"));

    // withdrawn by the sender: the task is no longer needed
    String otherCpr = TestCpr.bornOn(TODAY.minusYears(45), false);
    String other = submit(person(otherCpr, "Hala Omar", KOMMUNE, "", ""));
    askAndAnswer(other, otherCpr, "Hala Omar");
    answeredTask(other, "OPEN");
    assertThat(post(HANDOVERS + "/" + other + "/withdraw", REDCROSS, "").status()).isEqualTo(200);
    answeredTask(other, "CANCELLED");
  }

  /** The kommune asks for the education, the sender amends: the amended handover as the sender sees it. */
  private JsonObject askAndAnswer(String id, String cpr, String name) {
    Api.Reply asked = post(HANDOVERS + "/" + id + "/info-requests", Tokens.caseworker(KOMMUNE),
        "{\"fields\": [\"education\"], \"message\": \"Please add the education\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    Api.Reply sender = api().get(HANDOVERS + "/" + id, REDCROSS);
    assertThat(sender.json().getString("status")).isEqualTo("INFO_REQUESTED");
    String amended = person(cpr, name, KOMMUNE, "", ", \"education\": [{\"level\": \"BACHELOR\", \"years\": 4,"
        + " \"field\": \"Byggeteknik\", \"country\": \"SY\"}]");
    Api.Reply amend = put(HANDOVERS + "/" + id, REDCROSS, sender.header("ETag").orElseThrow(), amended);
    assertThat(amend.status()).as(amend.toString()).isEqualTo(200);
    return amend.json();
  }

  private JsonObject answeredTask(String handoverId, String status) {
    JsonArray items = get("api/v1/tasks?type=INFORMATION_ANSWERED&size=100&status=" + status,
        Tokens.caseworker(KOMMUNE)).getJsonArray("items");
    return items.stream().map(JsonValue::asJsonObject).filter(t -> handoverId.equals(t.getString("handoverId", null)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + status + " task for " + handoverId + ": " + items));
  }
}
