package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batch large enough to be written in several chunks (BatchImport writes 500 records per transaction), so that
 * what one chunk needs from another is exercised: a person sent twice in the batch, in different chunks; a person the
 * sender handed over before; one another sender handed over; a household whose members are in different chunks; and
 * the event and access-log rows every created handover must have. Kommune 615 (Horsens) is this test's.
 */
public class HandoverBatchIT {

  private static final String KOMMUNE = "615";
  private static final String HANDOVERS = "api/v1/handovers";
  private static final String REDCROSS = Tokens.sender("redcross");
  private static final int RECORDS = 1_100;

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private Api.Reply post(String path, String token, String json) {
    return api().send(Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String submit(String token, String json) {
    Api.Reply r = post(HANDOVERS, token, json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** A handover naming earlier handovers of the sender as its family. */
  private static String withFamily(String cpr, String... family) {
    String ids = String.join(",", java.util.Arrays.stream(family).map(id -> "\"" + id + "\"").toList());
    return HandoverIT.handover(cpr, KOMMUNE).replace("\"notes\"", "\"familyHandovers\": [" + ids + "], \"notes\"");
  }

  @Test
  void aBatchOverSeveralChunksAnswersEachRecordAsASingleSubmitWouldAndWritesItsEvents() throws Exception {
    String sentBefore = TestCpr.random();
    String sentBeforeId = submit(REDCROSS, HandoverIT.handover(sentBefore, KOMMUNE));
    String othersPerson = TestCpr.random();
    String othersId = submit(Tokens.sender("other-operator"), HandoverIT.handover(othersPerson, KOMMUNE));
    String mother = submit(REDCROSS, HandoverIT.handover(TestCpr.random(), KOMMUNE));
    String twice = TestCpr.random();

    List<String> cprs = new ArrayList<>();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      String cpr = switch (i) {
        case 0, 600 -> twice; // the second, in another chunk, is a duplicate of the first
        case 1 -> sentBefore; // a duplicate of the sender's own earlier handover
        case 2 -> othersPerson; // created: another sender's handover of the person is not this sender's duplicate
        default -> TestCpr.random();
      };
      cprs.add(cpr);
      records.add(switch (i) {
        case 3, 700 -> withFamily(cpr, mother); // the father in the first chunk, a child in the second
        case 1050 -> withFamily(cpr, othersId); // not a handover of this sender
        case 1099 -> HandoverIT.handover(cpr, KOMMUNE).replace("\"name\": \"Amina Haddad\", ", "");
        default -> HandoverIT.handover(cpr, KOMMUNE);
      });
    }
    Api.Reply reply = post(HANDOVERS + "/batch", REDCROSS, "[" + String.join(",", records) + "]");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject result = reply.json();
    assertThat(result.getInt("created")).isEqualTo(RECORDS - 4);
    assertThat(result.getInt("duplicates")).isEqualTo(2);
    assertThat(result.getInt("rejected")).isEqualTo(2);
    JsonArray items = result.getJsonArray("results");
    assertThat(items).hasSize(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      JsonObject item = items.getJsonObject(i);
      assertThat(item.getInt("index")).isEqualTo(i);
      String expected = switch (i) {
        case 1, 600 -> "DUPLICATE";
        case 1050, 1099 -> "REJECTED";
        default -> "CREATED";
      };
      assertThat(item.getString("outcome")).as("record " + i).isEqualTo(expected);
    }
    assertThat(items.getJsonObject(600).getString("duplicateOf")).isEqualTo(items.getJsonObject(0).getString("id"));
    assertThat(items.getJsonObject(1).getString("duplicateOf")).isEqualTo(sentBeforeId);
    assertThat(items.getJsonObject(2).getString("id")).isNotEqualTo(othersId);
    assertThat(items.getJsonObject(1050).getJsonObject("problem").getJsonArray("violations").getJsonObject(0)
        .getString("field")).isEqualTo("familyHandovers");
    assertThat(items.getJsonObject(1099).getJsonObject("problem").getJsonArray("violations").getJsonObject(0)
        .getString("field")).isEqualTo("person.name");
    assertThat(reply.body()).doesNotContain(twice).doesNotContain(sentBefore);

    // one household across the chunks: the mother sees the father and the child
    String father = items.getJsonObject(3).getString("id");
    String child = items.getJsonObject(700).getString("id");
    Api.Reply motherNow = api().get(HANDOVERS + "/" + mother, REDCROSS);
    assertThat(motherNow.status()).as(motherNow.toString()).isEqualTo(200);
    assertThat(motherNow.json().getJsonArray("household").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)).containsExactlyInAnyOrder(father, child);

    // each person once in the kommune from this sender, and every created handover stored with its first revision
    Map<String, String> created = new HashMap<>();
    for (int i = 0; i < RECORDS; i++) {
      if (items.getJsonObject(i).getString("outcome").equals("CREATED")) {
        created.put(items.getJsonObject(i).getString("id"), cprs.get(i));
      }
    }
    try (Connection db = ItDatabase.connect()) {
      assertThat(count(db, "select count(*) from handover.handover where sender = 'redcross' and person_key = ?",
          ItDatabase.personKey(twice))).isEqualTo(1);
      assertThat(count(db, "select count(*) from handover.handover_revision where revision = 1"
          + " and handover_id = any(cast(? as uuid[]))", (Object) created.keySet().toArray(String[]::new)))
          .isEqualTo(created.size());
      // and a handover.sent event for each in the kommune's and the sender's feed, one event id for the two rows
      try (PreparedStatement s = db.prepareStatement("select subject, count(*), count(distinct event_id),"
          + " string_agg(audience, ',' order by audience) from events.outbox where type = 'dk.jobbro.handover.sent'"
          + " and subject = any(?) group by subject")) {
        s.setArray(1, db.createArrayOf("text", created.keySet().toArray()));
        int subjects = 0;
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            subjects++;
            assertThat(rs.getInt(2)).as(rs.getString(1)).isEqualTo(2);
            assertThat(rs.getInt(3)).as(rs.getString(1)).isEqualTo(1);
            assertThat(rs.getString(4)).isEqualTo("kommune:" + KOMMUNE + ",sender:redcross");
          }
        }
        assertThat(subjects).isEqualTo(created.size());
      }
    }

    // the kommune's privacy officer finds the batch's write of a person in the access log
    Api.Reply logged = api().post("api/v1/access-log/search?size=100", Tokens.privacyOfficer(KOMMUNE),
        "{\"cpr\": \"" + cprs.get(900) + "\"}");
    assertThat(logged.status()).as(logged.toString()).isEqualTo(200);
    assertThat(logged.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .anyMatch(row -> row.getString("action").equals("BATCH_CREATE"));
  }
}
