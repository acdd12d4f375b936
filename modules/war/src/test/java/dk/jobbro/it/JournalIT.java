package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case journal: notes and the automatic history of changes, newest first and paged; corrections are new notes;
 * reading is access-logged; another kommune sees nothing. Kommune 265 (Roskilde) is this test's, with TasksIT.
 */
class JournalIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "265";
  private static final String CW = Tokens.caseworker(KOMMUNE);

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  @Test
  void notesAndChangesNewestFirstInPages() throws Exception {
    String id = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Dawit Gebre", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.adult(true), TODAY.minusDays(4))).json().getString("id");
    String journal = "api/v1/cases/" + id + "/journal";

    Api.Reply meeting = api().post(journal, CW,
        "{\"category\": \"MEETING\", \"text\": \"First meeting.\\nWants to work as a carpenter.\"}");
    assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
    assertThat(meeting.header("Location").orElseThrow()).endsWith(journal + "/" + meeting.json().getString("id"));
    assertThat(meeting.json().getString("author")).isEqualTo("caseworker-" + KOMMUNE);
    assertThat(meeting.json().getString("kind")).isEqualTo("NOTE");
    assertThat(api().post(journal, CW, "{\"category\": \"PHONE\", \"text\": \"Called about the kontrakt.\"}")
        .status()).isEqualTo(201);
    assertThat(change("PUT", "api/v1/cases/" + id + "/contract", "{\"signedDate\": \"" + TODAY + "\"}"))
        .isEqualTo(200);
    assertThat(change("PUT", "api/v1/cases/" + id + "/assignment", "{\"caseworker\": \"cw-roskilde-7\"}"))
        .isEqualTo(200);
    String meetingId = meeting.json().getString("id");
    Api.Reply correction = api().post(journal, CW, """
        {"category": "OTHER", "text": "Correction: a joiner, not a carpenter.", "corrects": "%s"}"""
        .formatted(meetingId));
    assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
    assertThat(correction.json().getString("corrects")).isEqualTo(meetingId);

    List<JsonObject> all = entries(journal + "?size=100");
    assertThat(all).extracting(e -> e.getString("kind") + " " + (e.getString("kind").equals("NOTE")
        ? e.getString("category") : e.getString("event"))).containsExactly(
            "NOTE OTHER", "CHANGE CaseAssigned", "CHANGE KontraktSigned", "NOTE PHONE", "NOTE MEETING",
            "CHANGE CaseOpened");
    assertThat(all.get(1).getString("text")).contains("cw-roskilde-7");
    assertThat(all.get(2).getString("text")).contains(TODAY.toString());
    assertThat(all.get(2).getString("author")).isEqualTo("caseworker-" + KOMMUNE);
    assertThat(all).extracting(e -> e.getString("text")).noneMatch(t -> t.contains("Dawit"));
    // the corrected note is still there, unchanged
    assertThat(all.get(4).getString("text")).isEqualTo("First meeting.\nWants to work as a carpenter.");

    Api.Reply page1 = api().get(journal + "?size=4", CW);
    assertThat(page1.json().getInt("total")).isEqualTo(6);
    assertThat(page1.json().getJsonArray("items")).hasSize(4);
    List<JsonObject> page2 = entries(journal + "?size=4&page=2");
    assertThat(page2).extracting(e -> e.getString("id"))
        .containsExactly(all.get(4).getString("id"), all.get(5).getString("id"));
    assertThat(api().get(journal + "/" + meetingId, CW).json().getString("text")).startsWith("First meeting.");

    // reading the journal is access-logged like the case
    assertThat(ItDatabase.countReaching(4, "select count(*) from audit.access_log where resource_type = 'case'"
        + " and resource_id = ? and action = 'READ'", UUID.fromString(id))).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aCorrectionNamesANoteOfTheSameCaseAndBadNotesAreRefused() {
    String id = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Selam Haile", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.adult(false), TODAY.minusDays(2))).json().getString("id");
    String journal = "api/v1/cases/" + id + "/journal";
    Api.Reply unknown = api().post(journal, CW,
        "{\"category\": \"OTHER\", \"text\": \"x\", \"corrects\": \"" + UUID.randomUUID() + "\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("corrects");
    String opened = entries(journal).get(0).getString("id"); // a change, not a note: cannot be corrected
    assertThat(api().post(journal, CW, "{\"category\": \"OTHER\", \"text\": \"x\", \"corrects\": \"" + opened
        + "\"}").status()).isEqualTo(400);
    Api.Reply noCategory = api().post(journal, CW, "{\"text\": \"x\"}");
    assertThat(noCategory.status()).isEqualTo(400);
    assertThat(noCategory.body()).contains("category");
    Api.Reply blank = api().post(journal, CW, "{\"category\": \"LETTER\", \"text\": \"  \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("text");
    assertThat(api().post(journal, CW, "{\"category\": \"GOSSIP\", \"text\": \"x\"}").status()).isEqualTo(400);
  }

  @Test
  void anotherKommuneGets404() {
    String id = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Ruth Tekle", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(TestCpr.adult(false), TODAY.minusDays(2))).json().getString("id");
    String journal = "api/v1/cases/" + id + "/journal";
    String note = api().post(journal, CW, "{\"category\": \"DECISION\", \"text\": \"Decided.\"}").json()
        .getString("id");
    String other = Tokens.caseworker("101");
    Api.Reply read = api().get(journal, other);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.body()).doesNotContain("Decided");
    assertThat(api().get(journal + "/" + note, other).status()).isEqualTo(404);
    assertThat(api().post(journal, other, "{\"category\": \"OTHER\", \"text\": \"Mine now.\"}").status())
        .isEqualTo(404);
    assertThat(api().get(journal, Tokens.ministryAnalyst()).status()).isEqualTo(403);
    assertThat(entries(journal)).hasSize(2);
  }

  private List<JsonObject> entries(String path) {
    Api.Reply reply = api().get(path, CW);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  private int change(String method, String path, String json) {
    String etag = api().get(path.substring(0, path.lastIndexOf('/')), CW).header("ETag").orElseThrow();
    return api().send(Api.request(api().uri(path), CW).header("If-Match", etag)
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)))
        .status();
  }
}
