package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The handover from asylum centre to kommune end to end, over real HTTP against the deployed WAR. */
public class HandoverIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String HANDOVERS = "api/v1/handovers";
  private static final String REDCROSS = Tokens.sender("redcross");
  private static final String OTHER_SENDER = Tokens.sender("other-operator");

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  /** A refugee visited to the kommune a month ago; the expected takeover is in the past or near future. */
  public static String handover(String cpr, String kommune) {
    return handover(cpr, kommune, TODAY.minusMonths(2), TODAY.minusMonths(1));
  }

  /**
   * The report period of the Danish calendar year in which a handover was sent (its sentAt): reports count handovers
   * by the year they were sent, and a test that runs across New Year's midnight reads after it.
   */
  static String yearSent(Api.Reply sent) {
    int year = Instant.parse(sent.json().getString("sentAt")).atZone(ZoneId.of("Europe/Copenhagen")).getYear();
    return "from=" + year + "-01-01&to=" + year + "-12-31";
  }

  /** A refugee permitted and visited to the kommune on the given days. */
  public static String handover(String cpr, String kommune, LocalDate permit, LocalDate visitation) {
    return """
        {"person": {"cpr": "%s", "name": "Amina Haddad", "countryOfOrigin": "Syrien"},
         "residenceBasis": "REFUGEE", "residencePermitDate": "%s", "visitationDecisionDate": "%s",
         "receivingKommune": "%s",
         "languages": [{"language": "ar", "level": "FLUENT"}, {"language": "en", "level": "B1"}],
         "workExperience": [{"occupationCode": "%s", "description": "Tømrer", "years": 6}],
         "drivingLicence": true,
         "danishClasses": [{"course": "Fremrykket danskundervisning", "hours": 80}],
         "jobOffer": {"description": "IGU som tømrerlærling", "cvr": "13748136", "igu": true},
         "notes": "Wants construction work"}"""
        .formatted(cpr, permit, visitation, kommune, TestOccupations.CARPENTER);
  }

  private Api.Reply post(String path, String token, String idempotencyKey, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return api().send(b);
  }

  private Api.Reply put(String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  private JsonObject submit(String cpr, String kommune) {
    Api.Reply r = post(HANDOVERS, REDCROSS, null, handover(cpr, kommune));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  private static List<String> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
  }

  @Test
  void fromSubmissionThroughInformationRequestToTakeoverAndTheCase() throws Exception {
    String cpr = TestCpr.random();
    Api.Reply created = post(HANDOVERS, REDCROSS, null, handover(cpr, "851"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
    JsonObject h = created.json();
    String id = h.getString("id");
    assertThat(created.header("Location").orElseThrow()).endsWith("/api/v1/handovers/" + id);
    assertThat(h.getJsonObject("person").getString("cpr")).isEqualTo(cpr.substring(0, 6) + "-xxxx");
    assertThat(h.getString("status")).isEqualTo("SENT");
    assertThat(h.getString("sender")).isEqualTo("redcross");
    assertThat(h.getString("expectedTakeoverDate")).isNotBlank();
    assertThat(h.getJsonObject("completeness").getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
        .stream().map(jakarta.json.JsonString::getString).toList()).containsExactly("education");

    // the receiving kommune's inbox; reading acknowledges it
    JsonObject line = api().get(HANDOVERS, Tokens.caseworker("851")).json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject()).filter(i -> i.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(line.getString("status")).isEqualTo("SENT");
    assertThat(line.getInt("completenessScore")).isEqualTo(85);
    assertThat(line.getString("expectedTakeoverDate")).isEqualTo(h.getString("expectedTakeoverDate"));
    Api.Reply read = api().get(HANDOVERS + "/" + id, Tokens.caseworker("851"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("status")).isEqualTo("RECEIVED");
    assertThat(read.header("ETag")).isPresent();
    assertThat(count("select count(*) from audit.access_log where resource_type = 'handover' and resource_id = ?"
        + " and action = 'READ'", UUID.fromString(id))).isPositive();

    // nobody else sees it
    assertThat(api().get(HANDOVERS + "/" + id, Tokens.caseworker("813")).status()).isEqualTo(404);
    assertThat(api().get(HANDOVERS + "/" + id, OTHER_SENDER).status()).isEqualTo(404);
    assertThat(ids(api().get(HANDOVERS, Tokens.caseworker("813")))).doesNotContain(id);
    assertThat(ids(api().get(HANDOVERS, OTHER_SENDER))).doesNotContain(id);
    assertThat(post(HANDOVERS + "/" + id + "/takeover", Tokens.caseworker("813"), null, "{}").status())
        .isEqualTo(404);

    // the kommune asks for the education; the sender amends
    Api.Reply asked = post(HANDOVERS + "/" + id + "/info-requests", Tokens.caseworker("851"), null,
        "{\"fields\": [\"education\"], \"message\": \"Please add the education from Syria\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    assertThat(asked.json().getString("status")).isEqualTo("INFO_REQUESTED");
    assertThat(fields(post(HANDOVERS + "/" + id + "/info-requests", Tokens.caseworker("851"), null,
        "{\"fields\": [\"shoeSize\"], \"message\": \"x\"}"))).containsExactly("fields[0]");
    Api.Reply senderView = api().get(HANDOVERS + "/" + id, REDCROSS);
    assertThat(senderView.json().getString("status")).isEqualTo("INFO_REQUESTED");
    assertThat(senderView.json().getJsonArray("infoRequests")).hasSize(1);

    String amended = handover(cpr, "851").replace("\"drivingLicence\": true,", "\"drivingLicence\": true, "
        + "\"education\": [{\"level\": \"BACHELOR\", \"years\": 4, \"field\": \"Byggeteknik\", \"country\": \"SY\"}],");
    assertThat(put(HANDOVERS + "/" + id, REDCROSS, null, amended).status()).isEqualTo(428);
    assertThat(put(HANDOVERS + "/" + id, REDCROSS, "\"999\"", amended).status()).isEqualTo(412);
    Api.Reply amend = put(HANDOVERS + "/" + id, REDCROSS, senderView.header("ETag").orElseThrow(), amended);
    assertThat(amend.status()).as(amend.toString()).isEqualTo(200);
    assertThat(amend.json().getInt("revision")).isEqualTo(2);
    assertThat(amend.json().getJsonObject("completeness").getInt("score")).isEqualTo(100);
    assertThat(amend.json().getJsonArray("infoRequests").getJsonObject(0).getInt("answeredByRevision")).isEqualTo(2);

    JsonArray revisions = api().get(HANDOVERS + "/" + id + "/revisions", Tokens.caseworker("851")).jsonArray();
    assertThat(revisions).hasSize(2);
    JsonArray provenance = api().get(HANDOVERS + "/" + id + "/provenance", Tokens.caseworker("851")).jsonArray();
    assertThat(revisionOf(provenance, "education")).isEqualTo(2);
    assertThat(revisionOf(provenance, "person.name")).isEqualTo(1);
    assertThat(provenance.getJsonObject(0).getString("suppliedBy")).startsWith("redcross/");

    // takeover opens the case with the first-offer clock
    Api.Reply takeover = post(HANDOVERS + "/" + id + "/takeover", Tokens.caseworker("851"), null, "{}");
    assertThat(takeover.status()).as(takeover.toString()).isEqualTo(200);
    JsonObject result = takeover.json();
    String caseId = result.getString("caseId");
    LocalDate takeoverDate = LocalDate.parse(result.getString("takeoverDate"));
    assertThat(takeoverDate.toString()).isEqualTo(h.getString("expectedTakeoverDate"));
    assertThat(result.getJsonObject("firstOffer").getString("targetDate"))
        .isEqualTo(takeoverDate.plusDays(14).toString());
    assertThat(result.getJsonObject("firstOffer").getString("latestDate"))
        .isEqualTo(takeoverDate.plusMonths(1).toString());

    Api.Reply theCase = api().get("api/v1/cases/" + caseId, Tokens.caseworker("851"));
    assertThat(theCase.status()).as(theCase.toString()).isEqualTo(200);
    assertThat(theCase.json().getString("handoverId")).isEqualTo(id);
    assertThat(theCase.json().getJsonObject("firstOffer").getString("targetDate"))
        .isEqualTo(takeoverDate.plusDays(14).toString());
    assertThat(theCase.json().getJsonObject("competences").getJsonArray("workExperience")).hasSize(1);

    // the sender sees the status, never the case; it can no longer withdraw
    JsonObject afterwards = api().get(HANDOVERS + "/" + id, REDCROSS).json();
    assertThat(afterwards.getString("status")).isEqualTo("TAKEN_OVER");
    assertThat(afterwards.containsKey("caseId") && !afterwards.isNull("caseId")).isFalse();
    assertThat(api().get(HANDOVERS + "/" + id, REDCROSS).body()).doesNotContain(caseId);
    assertThat(post(HANDOVERS + "/" + id + "/withdraw", REDCROSS, null, "").status()).isEqualTo(409);
    // a retried takeover (here without a body: both fields are optional) answers with the same case
    Api.Reply retried = api().send(Api.request(api().uri(HANDOVERS + "/" + id + "/takeover"),
        Tokens.caseworker("851")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(retried.json().getString("caseId")).isEqualTo(caseId);
    assertThat(count("select count(*) from audit.access_log where resource_type = 'handover' and resource_id = ?"
        + " and action = 'TAKEOVER'", UUID.fromString(id))).isEqualTo(2);
  }

  private static int revisionOf(JsonArray provenance, String field) {
    return provenance.stream().map(p -> p.asJsonObject()).filter(p -> p.getString("field").equals(field))
        .findFirst().orElseThrow().getInt("revision");
  }

  @Test
  void aRetryWithTheSameKeyAnswersTheSameHandoverAndAnotherBodyIs422() throws Exception {
    String cpr = TestCpr.random();
    String key = "redcross-" + UUID.randomUUID();
    Api.Reply first = post(HANDOVERS, REDCROSS, key, handover(cpr, "860"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Api.Reply retry = post(HANDOVERS, REDCROSS, key, handover(cpr, "860").replace("\n", " "));
    assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
    assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

    Api.Reply other = post(HANDOVERS, REDCROSS, key, handover(TestCpr.random(), "860"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(fields(other)).containsExactly("Idempotency-Key");
    assertThat(other.body()).doesNotContain(cpr);
    assertThat(fields(post(HANDOVERS, REDCROSS, "bad key with spaces", handover(TestCpr.random(), "860"))))
        .containsExactly("Idempotency-Key");
    assertThat(count("select count(*) from handover.handover where person_key = ?", ItDatabase.personKey(cpr)))
        .isEqualTo(1);

    // Keys expire after the retention (7 days): then the same key makes a new handover.
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("update"
        + " http.idempotent_response set created_at = now() - interval '8 days' where scope = ? and key = ?")) {
      s.setString(1, "sender:redcross");
      s.setString(2, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    Api.Reply afterExpiry = post(HANDOVERS, REDCROSS, key, handover(TestCpr.random(), "860"));
    assertThat(afterExpiry.status()).as(afterExpiry.toString()).isEqualTo(201);
    assertThat(afterExpiry.header("Idempotent-Replayed")).isEmpty();
    assertThat(afterExpiry.json().getString("id")).isNotEqualTo(first.json().getString("id"));
  }

  @Test
  void concurrentDuplicatesCreateOneHandover() throws Exception {
    String cpr = TestCpr.random();
    String key = "redcross-" + UUID.randomUUID();
    List<Api.Reply> replies = parallel(8, () -> post(HANDOVERS, REDCROSS, key, handover(cpr, "860")));
    // each is the first request, its replay, or told to come back while the first is running
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
    assertThat(replies.stream().filter(r -> r.status() == 409))
        .allSatisfy(r -> assertThat(r.header("Retry-After")).isPresent());
    List<Api.Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
    assertThat(created.stream().filter(r -> r.header("Idempotent-Replayed").isEmpty())).hasSize(1);
    assertThat(created.stream().map(r -> r.json().getString("id")).distinct()).hasSize(1);
    assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(cpr))).isEqualTo(1);

    // without a key, the same sender's same person is recognised: flagged as a duplicate, not created again
    Api.Reply again = post(HANDOVERS, REDCROSS, null, handover(cpr, "860"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("duplicateOf")).isEqualTo(created.get(0).json().getString("id"));
    assertThat(fields(again)).containsExactly("person.cpr");
    assertThat(again.body()).doesNotContain(cpr);
    // another kommune is another handover
    assertThat(post(HANDOVERS, REDCROSS, null, handover(cpr, "851")).status()).isEqualTo(201);
  }

  /**
   * Before issue 12, a second sender's handover of the person was a 409 naming the first sender's handover: any sender
   * could test whether, and by whom, a person was being handed over. Now it is created like any other, and the
   * kommune sees the two and merges one into the other.
   */
  @Test
  void anotherSendersHandoverOfThePersonIsCreatedRevealingNothingAndTheKommuneMergesOne() throws Exception {
    String cpr = TestCpr.random();
    String first = submit(cpr, "860").getString("id");

    Api.Reply second = post(HANDOVERS, OTHER_SENDER, null, handover(cpr, "860"));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    String secondId = second.json().getString("id");
    assertThat(second.body()).doesNotContain(first).doesNotContain("redcross").doesNotContain("duplicate");
    Api.Reply fresh = post(HANDOVERS, OTHER_SENDER, null, handover(TestCpr.random(), "860"));
    assertThat(second.json().keySet()).isEqualTo(fresh.json().keySet()); // shaped like any new handover's answer
    assertThat(second.header("ETag")).isEqualTo(fresh.header("ETag"));
    assertThat(api().get(HANDOVERS + "/" + secondId, OTHER_SENDER).body()).doesNotContain(first);
    assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(cpr))).isEqualTo(2);
    // the second sender resubmitting its own is the usual 409 naming its own handover
    Api.Reply own = post(HANDOVERS, OTHER_SENDER, null, handover(cpr, "860"));
    assertThat(own.status()).as(own.toString()).isEqualTo(409);
    assertThat(own.json().getString("duplicateOf")).isEqualTo(secondId);
    assertThat(own.body()).doesNotContain(first);
    // a batch of the second sender: the person is created (or its own duplicate), never the first sender's
    String third = TestCpr.random();
    submit(third, "860");
    Api.Reply batch = post(HANDOVERS + "/batch", OTHER_SENDER, null, "[" + handover(third, "860") + ","
        + handover(cpr, "860") + "]");
    assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
    JsonArray items = batch.json().getJsonArray("results");
    assertThat(items.getJsonObject(0).getString("outcome")).isEqualTo("CREATED");
    assertThat(items.getJsonObject(1).getString("outcome")).isEqualTo("DUPLICATE");
    assertThat(items.getJsonObject(1).getString("duplicateOf")).isEqualTo(secondId);

    // the kommune sees both, each naming the other, in the inbox and the handover
    String kommune = Tokens.caseworker("860");
    JsonObject firstView = api().get(HANDOVERS + "/" + first, kommune).json();
    assertThat(ids(firstView.getJsonArray("possibleDuplicates"))).containsExactly(secondId);
    assertThat(ids(api().get(HANDOVERS + "/" + secondId, kommune).json().getJsonArray("possibleDuplicates")))
        .containsExactly(first);
    JsonObject inboxLine = inbox(kommune).stream().filter(i -> i.getString("id").equals(first)).findFirst()
        .orElseThrow();
    assertThat(ids(inboxLine.getJsonArray("possibleDuplicates"))).containsExactly(secondId);
    // a sender's view carries no such field
    assertThat(api().get(HANDOVERS + "/" + first, REDCROSS).json().containsKey("possibleDuplicates")).isFalse();

    // the kommune merges the second into the first
    String merge = HANDOVERS + "/" + secondId + "/merge-into/" + first;
    Api.Reply merged = post(merge, kommune, null, "");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().getString("status")).isEqualTo("MERGED");
    assertThat(merged.json().getString("mergedInto")).isEqualTo(first);
    assertThat(post(merge, kommune, null, "").status()).isEqualTo(200); // the same merge again answers the same
    assertThat(api().get(HANDOVERS + "/" + first, kommune).json().getJsonArray("possibleDuplicates")).isEmpty();
    JsonObject seenBySender = api().get(HANDOVERS + "/" + secondId, OTHER_SENDER).json();
    assertThat(seenBySender.getString("status")).isEqualTo("MERGED");
    assertThat(seenBySender.toString()).doesNotContain(first);
    Api.Reply amend = put(HANDOVERS + "/" + secondId, OTHER_SENDER, api().get(HANDOVERS + "/" + secondId,
        OTHER_SENDER).header("ETag").orElseThrow(), handover(cpr, "860"));
    assertThat(amend.status()).as(amend.toString()).isEqualTo(409);
    // the first can be merged into nothing settled, nor into another person's, nor into itself
    assertThat(post(HANDOVERS + "/" + first + "/merge-into/" + secondId, kommune, null, "").status())
        .isEqualTo(409);
    assertThat(post(HANDOVERS + "/" + first + "/merge-into/" + fresh.json().getString("id"), kommune, null, "")
        .status()).isEqualTo(409);
    assertThat(fields(post(HANDOVERS + "/" + first + "/merge-into/" + first, kommune, null, "")))
        .containsExactly("otherId");
    // another kommune cannot see them, a sender cannot merge
    assertThat(post(HANDOVERS + "/" + first + "/merge-into/" + secondId, Tokens.caseworker("851"), null, "")
        .status()).isEqualTo(404);
    assertThat(post(merge, REDCROSS, null, "").status()).isEqualTo(403);
    // the kept one is taken over as usual
    assertThat(post(HANDOVERS + "/" + first + "/takeover", kommune, null, "{}").status()).isEqualTo(200);
  }

  private List<JsonObject> inbox(String token) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 1; page <= 50; page++) {
      Api.Reply reply = api().get(HANDOVERS + "?size=100&page=" + page, token);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonArray items = reply.json().getJsonArray("items");
      items.forEach(i -> all.add(i.asJsonObject()));
      if (items.size() < 100) {
        break;
      }
    }
    return all;
  }

  private static List<String> ids(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  @Test
  void concurrentTakeoversOpenExactlyOneCase() throws Exception {
    String id = submit(TestCpr.random(), "860").getString("id");
    List<Api.Reply> replies = parallel(8, () -> post(HANDOVERS + "/" + id + "/takeover", Tokens.caseworker("860"),
        null, "{}"));
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
    assertThat(replies.stream().map(r -> r.json().getString("caseId")).distinct()).hasSize(1);
    assertThat(count("select count(*) from caseload.case_file where handover_id = ?", UUID.fromString(id)))
        .isEqualTo(1);
    assertThat(count("select count(*) from handover.handover where id = ? and status = 'TAKEN_OVER'",
        UUID.fromString(id))).isEqualTo(1);
  }

  @Test
  void aHandoverWithoutCprNeedsOneAtTakeover() {
    String json = handover(TestCpr.random(), "860").replaceFirst("\"cpr\": \"[0-9-]+\"", "\"caseNumber\": \"UST-"
        + UUID.randomUUID().toString().substring(0, 8) + "\"");
    JsonObject h = post(HANDOVERS, REDCROSS, null, json).json();
    assertThat(h.getJsonObject("person").containsKey("cpr")).isFalse();
    String takeover = HANDOVERS + "/" + h.getString("id") + "/takeover";
    assertThat(fields(post(takeover, Tokens.caseworker("860"), null, "{}"))).containsExactly("cpr");
    String cpr = TestCpr.random();
    Api.Reply done = post(takeover, Tokens.caseworker("860"), null, "{\"cpr\": \"" + cpr + "\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.body()).doesNotContain(cpr);
  }

  @Test
  void healthInformationIsMarkedSensitiveAndEachAnswerShowingItIsLoggedAsArt9() throws Exception {
    String consented = handover(TestCpr.random(), "860").replace("\"notes\"", "\"health\": {\"information\":"
        + " \"Back injury, no heavy lifting\", \"consent\": {\"purpose\": \"Planning of the programme\","
        + " \"givenOn\": \""
        + TODAY.minusDays(3) + "\"}}, \"notes\"");
    Api.Reply submitted = post(HANDOVERS, REDCROSS, null, consented);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String id = submitted.json().getString("id");
    Api.Reply read = api().get(HANDOVERS + "/" + id, Tokens.caseworker("860"));
    JsonObject health = read.json().getJsonObject("health");
    assertThat(health.getBoolean("sensitive")).isTrue();
    assertThat(health.getString("category")).isEqualTo("HEALTH");
    assertThat(health.getString("legalBasis")).contains("art. 9(2)(a)");
    assertThat(health.getString("information")).isEqualTo("Back injury, no heavy lifting");
    assertThat(api().get(HANDOVERS + "/" + id + "/revisions", Tokens.caseworker("860")).status()).isEqualTo(200);
    // another kommune's caseworker does not reach it at all
    assertThat(api().get(HANDOVERS + "/" + id, Tokens.caseworker("101")).status()).isEqualTo(404);

    // the sender's create, the kommune's read and the revisions each wrote an art. 9 entry beside their own
    assertThat(art9Reads(id)).containsExactlyInAnyOrder("handover-sender", "caseworker", "caseworker");
    String plain = submit(TestCpr.random(), "860").getString("id");
    JsonObject plainView = api().get(HANDOVERS + "/" + plain, Tokens.caseworker("860")).json();
    assertThat(!plainView.containsKey("health") || plainView.isNull("health")).isTrue();
    assertThat(art9Reads(plain)).isEmpty();
  }

  /** The roles of the access-log entries that say an answer about this handover showed art. 9 data. */
  private static List<String> art9Reads(String id) throws Exception {
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("select role from"
        + " audit.access_log where resource_id = ?::uuid and action = 'READ_ART9' order by at")) {
      s.setString(1, id);
      List<String> roles = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          roles.add(rs.getString(1));
        }
      }
      return roles;
    }
  }

  @Test
  void healthDataNeedsConsentAndTheKommuneMustExist() {
    String withHealth = handover(TestCpr.random(), "860").replace("\"notes\"",
        "\"health\": {\"information\": \"Diabetes type 2\"}, \"notes\"");
    Api.Reply refused = post(HANDOVERS, REDCROSS, null, withHealth);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("health.information");
    assertThat(refused.body()).doesNotContain("Diabetes");

    String consented = withHealth.replace("\"Diabetes type 2\"}", "\"Diabetes type 2\", \"consent\": "
        + "{\"purpose\": \"Planning of the integration programme\", \"givenOn\": \"" + TODAY.minusDays(3) + "\"}}");
    Api.Reply accepted = post(HANDOVERS, REDCROSS, null, consented);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().getJsonObject("health").getJsonObject("consent").getString("purpose"))
        .startsWith("Planning");

    assertThat(fields(post(HANDOVERS, REDCROSS, null, handover(TestCpr.random(), "999"))))
        .containsExactly("receivingKommune");
    String noIdentity = handover(TestCpr.random(), "860").replaceFirst("\"cpr\": \"[0-9-]+\", ", "");
    assertThat(fields(post(HANDOVERS, REDCROSS, null, noIdentity)))
        .containsExactlyInAnyOrder("person.caseNumber", "person.cpr");
    assertThat(post(HANDOVERS, Tokens.caseworker("860"), null, handover(TestCpr.random(), "860")).status())
        .isEqualTo(403);
  }

  @Test
  void theSenderSeesOnlyItsOwnAndCanWithdrawBeforeTakeover() {
    String id = submit(TestCpr.random(), "813").getString("id");
    assertThat(ids(api().get(HANDOVERS, REDCROSS))).contains(id);
    assertThat(post(HANDOVERS + "/" + id + "/withdraw", OTHER_SENDER, null, "").status()).isEqualTo(404);
    Api.Reply withdrawn = post(HANDOVERS + "/" + id + "/withdraw", REDCROSS, null, "");
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
    assertThat(ids(api().get(HANDOVERS + "?status=WITHDRAWN", Tokens.caseworker("813")))).contains(id);
    assertThat(post(HANDOVERS + "/" + id + "/takeover", Tokens.caseworker("813"), null, "{}").status())
        .isEqualTo(409);
    assertThat(fields(api().get(HANDOVERS + "?status=LOST", REDCROSS))).containsExactly("status");

    // correcting the identity to a person who already has a handover there is refused as a duplicate
    String taken = TestCpr.random();
    String existing = submit(taken, "813").getString("id");
    String other = submit(TestCpr.random(), "813").getString("id");
    String etag = api().get(HANDOVERS + "/" + other, REDCROSS).header("ETag").orElseThrow();
    Api.Reply clash = put(HANDOVERS + "/" + other, REDCROSS, etag, handover(taken, "813"));
    assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
    assertThat(clash.body()).contains(existing).doesNotContain(taken);
    // correcting it to a person only another sender handed over there is accepted, naming nothing
    String othersPerson = TestCpr.random();
    String othersHandover = post(HANDOVERS, OTHER_SENDER, null, handover(othersPerson, "813")).json().getString("id");
    Api.Reply corrected = put(HANDOVERS + "/" + other, REDCROSS, etag, handover(othersPerson, "813"));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.body()).doesNotContain(othersHandover);
    etag = corrected.header("ETag").orElseThrow();
    assertThat(fields(put(HANDOVERS + "/" + other, REDCROSS, etag, handover(TestCpr.random(), "851"))))
        .containsExactly("receivingKommune");
  }

  @Test
  void aBatchKeepsTheGoodRecordsAndAnswersEachOne() {
    String dup = TestCpr.random();
    String batch = "[" + String.join(",",
        handover(TestCpr.random(), "813"),
        handover(dup, "813"),
        handover(TestCpr.random(), "813").replace("\"name\": \"Amina Haddad\", ", ""),
        handover(dup, "813"),
        handover(TestCpr.random(), "998"),
        "{\"person\": 42}",
        handover(TestCpr.random(), "813").replace("\"notes\"", "\"shoeSize\": 44, \"notes\"")) + "]";
    Api.Reply reply = post(HANDOVERS + "/batch", REDCROSS, null, batch);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject result = reply.json();
    assertThat(result.getInt("created")).isEqualTo(2);
    assertThat(result.getInt("duplicates")).isEqualTo(1);
    assertThat(result.getInt("rejected")).isEqualTo(4);
    JsonArray items = result.getJsonArray("results");
    assertThat(items.stream().map(i -> i.asJsonObject().getString("outcome")).toList()).containsExactly(
        "CREATED", "CREATED", "REJECTED", "DUPLICATE", "REJECTED", "REJECTED", "REJECTED");
    assertThat(items.getJsonObject(3).getString("duplicateOf")).isEqualTo(items.getJsonObject(1).getString("id"));
    assertThat(items.getJsonObject(2).getJsonObject("problem").getJsonArray("violations").getJsonObject(0)
        .getString("field")).isEqualTo("person.name");
    assertThat(items.getJsonObject(4).getJsonObject("problem").getJsonArray("violations").getJsonObject(0)
        .getString("field")).isEqualTo("receivingKommune");
    assertThat(reply.body()).doesNotContain(dup);
    String created = items.getJsonObject(0).getString("id");
    assertThat(api().get(HANDOVERS + "/" + created, Tokens.caseworker("813")).status()).isEqualTo(200);

    String ndjson = handover(TestCpr.random(), "813").replace("\n", " ") + "\n"
        + handover(dup, "813").replace("\n", " ") + "\n";
    Api.Reply nd = api().send(Api.request(api().uri(HANDOVERS + "/batch"), REDCROSS)
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ndjson)));
    assertThat(nd.status()).as(nd.toString()).isEqualTo(200);
    assertThat(nd.json().getInt("created")).isEqualTo(1);
    assertThat(nd.json().getInt("duplicates")).isEqualTo(1);
  }

  @Test
  void aBatchRetriedUnderItsKeyAnswersTheFirstRunAgainAndCreatesNothing() throws Exception {
    String first = TestCpr.random();
    String second = TestCpr.random();
    String body = "[" + String.join(",", handover(first, "813"), handover(second, "813"),
        handover(TestCpr.random(), "998")) + "]";
    String key = "batch-" + UUID.randomUUID();
    Api.Reply run = post(HANDOVERS + "/batch", REDCROSS, key, body);
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(run.header("Idempotent-Replayed")).isEmpty();
    assertThat(run.json().getInt("created")).isEqualTo(2);
    assertThat(run.json().getInt("rejected")).isEqualTo(1);

    Api.Reply retry = post(HANDOVERS + "/batch", REDCROSS, key, body);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    assertThat(retry.json()).isEqualTo(run.json());
    assertThat(count("select count(*) from handover.handover where person_key in (?, ?)",
        ItDatabase.personKey(first), ItDatabase.personKey(second))).isEqualTo(2);

    // another body under the key: 422, nothing created
    String third = TestCpr.random();
    Api.Reply other = post(HANDOVERS + "/batch", REDCROSS, key, "[" + handover(third, "813") + "]");
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
    assertThat(fields(other)).containsExactly("Idempotency-Key");
    assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(third))).isZero();

    // NDJSON takes a key the same way
    String ndjson = handover(third, "813").replace("\n", " ") + "\n";
    String ndKey = "batch-" + UUID.randomUUID();
    List<Api.Reply> nd = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      nd.add(api().send(Api.request(api().uri(HANDOVERS + "/batch"), REDCROSS).header("Idempotency-Key", ndKey)
          .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ndjson))));
    }
    assertThat(nd.get(1).status()).as(nd.get(1).toString()).isEqualTo(200);
    assertThat(nd.get(1).header("Idempotent-Replayed")).contains("true");
    assertThat(nd.get(1).json()).isEqualTo(nd.get(0).json());
    assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(third))).isEqualTo(1);

    // after the retention the key is new again
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("update"
        + " handover.batch_idempotency_key set created_at = now() - interval '8 days' where key = ?")) {
      s.setString(1, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    String fourth = TestCpr.random();
    Api.Reply afterExpiry = post(HANDOVERS + "/batch", REDCROSS, key, "[" + handover(fourth, "813") + "]");
    assertThat(afterExpiry.status()).as(afterExpiry.toString()).isEqualTo(200);
    assertThat(afterExpiry.header("Idempotent-Replayed")).isEmpty();
    assertThat(afterExpiry.json().getInt("created")).isEqualTo(1);
  }

  @Test
  void aBatchRetriedWhileItsFirstRunWritesIsToldToComeBack() throws Exception {
    String cpr = TestCpr.random();
    String body = "[" + handover(cpr, "813") + "]";
    String key = "batch-" + UUID.randomUUID();
    // a first run that has claimed the key and holds its lease
    claimAsARunWould(key, body, "now() + interval '15 seconds'", null);
    Api.Reply busy = post(HANDOVERS + "/batch", REDCROSS, key, body);
    assertThat(busy.status()).as(busy.toString()).isEqualTo(409);
    assertThat(busy.isProblem()).isTrue();
    assertThat(busy.header("Retry-After")).contains("5");
    assertThat(busy.body()).doesNotContain(cpr);
    assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(cpr))).isZero();

    // a run that stopped renewing its lease (its server died) is taken over as soon as the lease lapses
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("update"
        + " handover.batch_idempotency_key set lease_until = now() - interval '1 second' where key = ?")) {
      s.setString(1, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    Api.Reply ran = post(HANDOVERS + "/batch", REDCROSS, key, body);
    assertThat(ran.status()).as(ran.toString()).isEqualTo(200);
    assertThat(ran.json().getInt("created")).isEqualTo(1);

    // concurrent retries of a new batch: one run, every other answer a replay of it or a 409
    List<String> people = List.of(TestCpr.random(), TestCpr.random(), TestCpr.random());
    String batch = "[" + String.join(",", people.stream().map(p -> handover(p, "813")).toList()) + "]";
    String concurrentKey = "batch-" + UUID.randomUUID();
    List<Api.Reply> replies = parallel(6, () -> post(HANDOVERS + "/batch", REDCROSS, concurrentKey, batch));
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 409));
    List<Api.Reply> answered = replies.stream().filter(r -> r.status() == 200).toList();
    assertThat(answered).isNotEmpty();
    assertThat(answered.stream().filter(r -> r.header("Idempotent-Replayed").isEmpty())).hasSize(1);
    assertThat(answered).allSatisfy(r -> assertThat(r.json()).isEqualTo(answered.get(0).json()));
    assertThat(answered.get(0).json().getInt("created")).isEqualTo(3);
    for (String p : people) {
      assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(p))).isEqualTo(1);
    }
  }

  /**
   * What a server killed during a batch leaves behind: the key claimed with a lapsed lease, the chunks it committed
   * written together with their progress. The retry takes over at once, writes only the rest, and answers every record
   * exactly once, those the dead run wrote as it would have (bench/batch-kill-retry.sh does it with a real kill -9).
   */
  @Test
  void aBatchRetriedAfterItsServerDiedGoesOnPromptlyWithNoRecordLostOrDoubled() throws Exception {
    List<String> people = List.of(TestCpr.random(), TestCpr.random(), TestCpr.random(), TestCpr.random());
    String body = "[" + String.join(",", handover(people.get(0), "813"), handover(people.get(1), "813"),
        handover(TestCpr.random(), "998"), handover(people.get(2), "813"), handover(people.get(3), "813")) + "]";
    // the dead run's committed chunk: records 0 and 1 written
    Api.Reply written = post(HANDOVERS + "/batch", REDCROSS, null, "[" + handover(people.get(0), "813") + ","
        + handover(people.get(1), "813") + "]");
    JsonArray writtenItems = written.json().getJsonArray("results");
    String id0 = writtenItems.getJsonObject(0).getString("id");
    String id1 = writtenItems.getJsonObject(1).getString("id");
    String key = "batch-" + UUID.randomUUID();
    claimAsARunWould(key, body, "now() - interval '1 second'", "0 C " + id0 + "\n1 C " + id1 + "\n");

    // promptly: the first retry takes over and answers, it is not told to come back (409 with Retry-After)
    Api.Reply retry = post(HANDOVERS + "/batch", REDCROSS, key, body);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
    assertThat(retry.header("Retry-After")).isEmpty();
    assertThat(retry.header("Idempotent-Replayed")).isEmpty();
    JsonObject result = retry.json();
    assertThat(result.getInt("created")).isEqualTo(4);
    assertThat(result.getInt("duplicates")).isZero();
    assertThat(result.getInt("rejected")).isEqualTo(1);
    JsonArray items = result.getJsonArray("results");
    assertThat(items.stream().map(i -> i.asJsonObject().getString("outcome")).toList())
        .containsExactly("CREATED", "CREATED", "REJECTED", "CREATED", "CREATED");
    assertThat(items.getJsonObject(0).getString("id")).isEqualTo(id0);
    assertThat(items.getJsonObject(1).getString("id")).isEqualTo(id1);
    for (String p : people) {
      assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(p))).as(p)
          .isEqualTo(1);
    }
    // and it is the key's answer from now on
    Api.Reply again = post(HANDOVERS + "/batch", REDCROSS, key, body);
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(again.json()).isEqualTo(result);
  }

  /** Inserts a key's claim as a batch run makes it: leased until {@code leaseUntil} (SQL), with its progress. */
  private static void claimAsARunWould(String key, String body, String leaseUntil, String progress) throws Exception {
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("insert into"
        + " handover.batch_idempotency_key (sender, key, request_hash, run_id, created_at, lease_until, progress)"
        + " values (?, ?, ?, ?, now() - interval '1 minute', " + leaseUntil + ", ?)")) {
      s.setString(1, "redcross");
      s.setString(2, key);
      s.setString(3, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
      s.setObject(4, UUID.randomUUID());
      s.setString(5, progress);
      s.executeUpdate();
    }
  }

  /**
   * A record the database refuses (a NUL character in the name, a column of its own) or that no rule can compute with (a visitation date at
   * the end of time) fails alone: every other record of its chunk is written.
   */
  @Test
  void aRecordTheDatabaseOrARuleCannotTakeFailsOnlyItself() throws Exception {
    List<String> good = List.of(TestCpr.random(), TestCpr.random(), TestCpr.random());
    String nul = TestCpr.random();
    String endOfTime = TestCpr.random();
    String body = "[" + String.join(",", handover(good.get(0), "813"),
        handover(nul, "813").replace("Amina Haddad", "Amina \\u0000 Haddad"),
        handover(good.get(1), "813"),
        handover(endOfTime, "813").replace("\"visitationDecisionDate\": \"" + TODAY.minusMonths(1),
            "\"visitationDecisionDate\": \"+999999999-12-31"),
        handover(good.get(2), "813")) + "]";
    for (String key : new String[] {null, "batch-" + UUID.randomUUID()}) {
      if (key != null) { // under a key: two new people, and one the sender handed over above (its own duplicate)
        body = body.replace(good.get(0), TestCpr.random()).replace(good.get(1), TestCpr.random());
      }
      Api.Reply reply = post(HANDOVERS + "/batch", REDCROSS, key, body);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonArray items = reply.json().getJsonArray("results");
      assertThat(items.getJsonObject(1).getString("outcome")).isEqualTo("REJECTED");
      assertThat(items.getJsonObject(3).getString("outcome")).isEqualTo("REJECTED");
      assertThat(items.getJsonObject(1).getJsonObject("problem").getInt("status")).isEqualTo(400);
      assertThat(items.getJsonObject(3).getJsonObject("problem").getInt("status")).isEqualTo(400);
      assertThat(reply.body()).doesNotContain(nul).doesNotContain(endOfTime);
      assertThat(reply.json().getInt("rejected")).isEqualTo(2);
      assertThat(reply.json().getInt("created") + reply.json().getInt("duplicates")).isEqualTo(3);
    }
    for (String p : good) {
      assertThat(count("select count(*) from handover.handover where person_key = ?",
        ItDatabase.personKey(p))).as(p)
          .isEqualTo(1);
    }
    assertThat(count("select count(*) from handover.handover where person_key in (?, ?)",
        ItDatabase.personKey(nul), ItDatabase.personKey(endOfTime))).isZero();
  }

  @Test
  void storedLanguageNamesBecomeCodesAndAnUnknownOneAsksForAnAmendmentAtTakeover() throws Exception {
    // two handovers as they were stored before languages were normalised
    String named = submit(TestCpr.random(), "851").getString("id");
    String cpr = TestCpr.random();
    String unknown = submit(cpr, "851").getString("id");
    storeLanguages(named, "[{\"language\": \"Arabic\", \"level\": \"FLUENT\"},"
        + " {\"language\": \" dansk\", \"level\": \"A2\"}, {\"language\": \"da\", \"level\": \"B1\"}]");
    storeLanguages(unknown, "[{\"language\": \"ar\", \"level\": \"FLUENT\"},"
        + " {\"language\": \"Klingon\", \"level\": \"B1\"}]");
    normaliseLanguagesAsTheMigrationDid(named, unknown);
    assertThat(languages(named)).containsExactly("ar FLUENT", "da B1");
    assertThat(languages(unknown)).containsExactly("ar FLUENT", "Klingon B1");

    Api.Reply taken = post(HANDOVERS + "/" + named + "/takeover", Tokens.caseworker("851"), null, "{}");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    JsonObject opened = api().get("api/v1/cases/" + taken.json().getString("caseId"), Tokens.caseworker("851"))
        .json();
    assertThat(opened.getJsonArray("languages").stream().map(l -> l.asJsonObject().getString("language")))
        .containsExactlyInAnyOrder("ar", "da");

    Api.Reply refused = post(HANDOVERS + "/" + unknown + "/takeover", Tokens.caseworker("851"), null, "{}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("type")).endsWith("/handover-needs-amendment");
    assertThat(refused.json().getString("detail")).contains("information request").contains("languages");
    assertThat(fields(refused)).containsExactly("languages[1].language");
    assertThat(api().get(HANDOVERS + "/" + unknown, Tokens.caseworker("851")).json().getString("status"))
        .isNotEqualTo("TAKEN_OVER");
    assertThat(languages(unknown)).containsExactly("ar FLUENT", "Klingon B1");

    // the caseworker asks, the sender amends, the takeover goes through
    assertThat(post(HANDOVERS + "/" + unknown + "/info-requests", Tokens.caseworker("851"), null,
        "{\"fields\": [\"languages\"], \"message\": \"Which language is Klingon?\"}").status()).isEqualTo(200);
    Api.Reply current = api().get(HANDOVERS + "/" + unknown, REDCROSS);
    Api.Reply amended = put(HANDOVERS + "/" + unknown, REDCROSS, current.header("ETag").orElseThrow(),
        handover(cpr, "851"));
    assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
    assertThat(post(HANDOVERS + "/" + unknown + "/takeover", Tokens.caseworker("851"), null, "{}").status())
        .isEqualTo(200);
  }

  private static final String CONTENT = "handover.handover.content";
  private static final String REVISION_CONTENT = "handover.handover_revision.content";

  /** Replaces a handover's languages in its current content and first version, as an old version held them. */
  private static void storeLanguages(String id, String languages) throws Exception {
    try (Connection c = ItDatabase.connect()) {
      for (String table : List.of("handover.handover", "handover.handover_revision")) {
        String context = table.endsWith("revision") ? REVISION_CONTENT : CONTENT;
        String where = (table.endsWith("revision") ? "handover_id" : "id") + " = ?";
        String stored;
        try (PreparedStatement s = c.prepareStatement("select content from " + table + " where " + where)) {
          s.setObject(1, UUID.fromString(id));
          try (ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            stored = rs.getString(1);
          }
        }
        JsonObject content = jakarta.json.Json.createReader(new java.io.StringReader(
            ItDatabase.CIPHER.decrypt(stored, context))).readObject();
        JsonObject old = jakarta.json.Json.createObjectBuilder(content).add("languages",
            jakarta.json.Json.createReader(new java.io.StringReader(languages)).readArray()).build();
        try (PreparedStatement s = c.prepareStatement("update " + table + " set content = ? where " + where)) {
          s.setString(1, ItDatabase.CIPHER.encrypt(old.toString(), context));
          s.setObject(2, UUID.fromString(id));
          assertThat(s.executeUpdate()).isEqualTo(1);
        }
      }
    }
  }

  /**
   * Runs the SQL migration that normalised stored languages over these handovers' content. It was written for
   * content in clear; content is encrypted since, so the test runs it on decrypted copies in temporary tables (its
   * table names replaced) and stores the results encrypted again.
   */
  private static void normaliseLanguagesAsTheMigrationDid(String... ids) throws Exception {
    String sql;
    try (java.io.InputStream in = HandoverIT.class.getResourceAsStream(
        "/db/migration/handover/V202611260401__normalise_handover_languages.sql")) {
      sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replace("handover.handover_revision", "pg_temp.old_revision").replace("handover.handover", "pg_temp.old");
    }
    try (Connection c = ItDatabase.connect(); java.sql.Statement s = c.createStatement()) {
      s.execute("create temporary table old (id uuid, content text)");
      s.execute("create temporary table old_revision (id uuid, content text)");
      for (String id : ids) {
        for (String table : List.of("handover.handover", "handover.handover_revision")) {
          boolean revision = table.endsWith("revision");
          try (PreparedStatement q = c.prepareStatement("select id, content from " + table + " where "
              + (revision ? "handover_id" : "id") + " = ?");
              PreparedStatement insert = c.prepareStatement("insert into pg_temp." + (revision ? "old_revision" : "old")
                  + " values (?, ?)")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                insert.setObject(1, rs.getObject(1));
                insert.setString(2, ItDatabase.CIPHER.decrypt(rs.getString(2), revision ? REVISION_CONTENT : CONTENT));
                insert.executeUpdate();
              }
            }
          }
        }
      }
      s.execute(sql);
      for (String table : List.of("handover.handover", "handover.handover_revision")) {
        boolean revision = table.endsWith("revision");
        try (ResultSet rs = c.createStatement().executeQuery("select id, content from pg_temp."
            + (revision ? "old_revision" : "old"));
            PreparedStatement u = c.prepareStatement("update " + table + " set content = ? where id = ?")) {
          while (rs.next()) {
            u.setString(1, ItDatabase.CIPHER.encrypt(rs.getString(2), revision ? REVISION_CONTENT : CONTENT));
            u.setObject(2, rs.getObject(1));
            u.executeUpdate();
          }
        }
      }
    }
  }

  /** The current content's languages as "code LEVEL", in order; checks that every version agrees. */
  private static List<String> languages(String id) throws Exception {
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("select h.content, r.content"
        + " from handover.handover h join handover.handover_revision r on r.handover_id = h.id"
        + " and r.revision = h.revision where h.id = ?")) {
      s.setObject(1, UUID.fromString(id));
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        String current = ItDatabase.CIPHER.decrypt(rs.getString(1), CONTENT);
        JsonObject content = jakarta.json.Json.createReader(new java.io.StringReader(current)).readObject();
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(
            ItDatabase.CIPHER.decrypt(rs.getString(2), REVISION_CONTENT))).readObject())
            .as("the current version holds the same content").isEqualTo(content);
        return content.getJsonArray("languages").stream().map(JsonValue::asJsonObject)
            .map(l -> l.getString("language") + " " + l.getString("level")).toList();
      }
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheHandoverEndpointsWithResolvableSchemas() {
    Api.Reply reply = api().get("openapi", null);
    JsonObject doc = reply.json();
    JsonObject paths = doc.getJsonObject("paths");
    assertThat(paths.keySet()).anyMatch(p -> p.endsWith("/api/v1/handovers"))
        .anyMatch(p -> p.endsWith("/api/v1/handovers/{id}/takeover"))
        .anyMatch(p -> p.endsWith("/api/v1/handovers/batch"));
    JsonObject post = paths.entrySet().stream().filter(e -> e.getKey().endsWith("/api/v1/handovers")).findFirst()
        .orElseThrow().getValue().asJsonObject().getJsonObject("post");
    assertThat(post.getJsonArray("tags").getString(0)).isEqualTo("handover");
    assertThat(post.getJsonObject("responses").keySet()).contains("201", "400", "401", "403", "409", "422");
    JsonObject batch = paths.entrySet().stream().filter(e -> e.getKey().endsWith("/api/v1/handovers/batch"))
        .findFirst().orElseThrow().getValue().asJsonObject().getJsonObject("post");
    assertThat(batch.getJsonObject("responses").keySet()).contains("200", "400", "409", "422");
    assertThat(batch.getJsonArray("parameters").stream().map(p -> p.asJsonObject().getString("name")))
        .contains("Idempotency-Key");
    java.util.Set<String> schemas = doc.getJsonObject("components").getJsonObject("schemas").keySet();
    java.util.regex.Matcher refs = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.]+)")
        .matcher(reply.body());
    while (refs.find()) {
      assertThat(schemas).as("schema referenced by the document").contains(refs.group(1));
    }
  }

  private static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(call));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
