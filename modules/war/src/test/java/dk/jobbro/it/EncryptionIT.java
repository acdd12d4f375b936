package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.devenv.LocalKeys;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CPR numbers and handover content at rest: stored encrypted under the current key with its id, found through the
 * blind index, and moved to the current key by the rotation while lookups keep working. The test domain holds two
 * keys, local-1 (current) and local-0 (LocalKeys); a rotation from local-0 to local-1 is arranged by storing values
 * under local-0 directly, which is what the database holds after the operator has made a new key current.
 * Kommune 316 (Holbæk) is this test's.
 */
class EncryptionIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "316";
  private static final String CW = Tokens.caseworker(KOMMUNE);
  private static final String CASE_CPR = "caseload.case_file.cpr_cipher";
  private static final String HANDOVER_CPR = "handover.handover.cpr_cipher";
  private static final String HANDOVER_CONTENT = "handover.handover.content";
  private static final String ADMIN_STATUS = "api/v1/admin/encryption";

  /** The cipher as it was before the rotation: local-0 current. */
  private static final PersonalDataCipher BEFORE = new PersonalDataCipher(name -> Optional.ofNullable(Map.of(
      PersonalDataCipher.KEY_ID, LocalKeys.PREVIOUS_KEY_ID,
      LocalKeys.PREVIOUS_KEY_PROPERTY, LocalKeys.PREVIOUS_KEY,
      PersonalDataCipher.INDEX_KEY, LocalKeys.INDEX_KEY).get(name)));

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  @Test
  void aRotationReencryptsUnderTheCurrentKeyAndLookupsWorkBeforeDuringAndAfter() throws Exception {
    String cpr = TestCpr.adult(false);
    String caseId = register(cpr);
    String handoverCpr = TestCpr.adult(true);
    Api.Reply submitted = api().post("api/v1/handovers", Tokens.sender("redcross"),
        HandoverIT.handover(handoverCpr, KOMMUNE));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String handoverId = submitted.json().getString("id");

    // stored: under the current key, with its id, never in clear; the blind index finds the case
    String stored = column("select cpr_cipher from caseload.case_file where id = ?", caseId);
    assertThat(stored).startsWith(LocalKeys.KEY_ID + ":").doesNotContain(cpr.replace("-", ""));
    assertThat(ItDatabase.CIPHER.decrypt(stored, CASE_CPR)).isEqualTo(cpr.replace("-", ""));
    assertThat(column("select id::text from caseload.case_file where cpr_index = ?", ItDatabase.cprIndex(cpr)))
        .isEqualTo(caseId);
    assertThat(column("select content from handover.handover where id = ?", handoverId))
        .startsWith(LocalKeys.KEY_ID + ":").doesNotContain(handoverCpr.replace("-", ""), "Amina");
    assertThat(column("select person_key from handover.handover where id = ?", handoverId))
        .isEqualTo(ItDatabase.personKey(handoverCpr));

    // the database as a new key finds it: these values still under the old key local-0
    rewrite("caseload.case_file", "cpr_cipher", CASE_CPR, caseId);
    rewrite("handover.handover", "content", HANDOVER_CONTENT, handoverId);
    assertThat(column("select cpr_cipher from caseload.case_file where id = ?", caseId))
        .startsWith(LocalKeys.PREVIOUS_KEY_ID + ":");
    Map<String, Long> remaining = remaining(api().get(ADMIN_STATUS, Tokens.admin()));
    assertThat(remaining.get(CASE_CPR)).isPositive();
    assertThat(remaining.get(HANDOVER_CONTENT)).isPositive();

    // during: reads, searches and the duplicate check work on values under either key
    lookupsWork(caseId, cpr, handoverId);

    Api.Reply rotated = api().send(Api.request(api().uri(ADMIN_STATUS + "/reencrypt"), Tokens.admin())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
    assertThat(rotated.json().getString("currentKeyId")).isEqualTo(LocalKeys.KEY_ID);
    Map<String, Long> reencrypted = rotated.json().getJsonArray("columns").stream().map(c -> c.asJsonObject())
        .collect(Collectors.toMap(c -> c.getString("column"), c -> c.getJsonNumber("reencrypted").longValue()));
    assertThat(reencrypted.get(CASE_CPR)).isPositive();
    assertThat(reencrypted.get(HANDOVER_CONTENT)).isPositive();
    assertThat(remaining(rotated).values()).as("nothing left under an old key").containsOnly(0L);
    assertThat(remaining(rotated).keySet()).contains(CASE_CPR, HANDOVER_CPR, HANDOVER_CONTENT,
        "handover.handover_revision.content", "http.idempotent_response.body");

    // after: under the current key, same number, and every lookup as before
    String after = column("select cpr_cipher from caseload.case_file where id = ?", caseId);
    assertThat(after).startsWith(LocalKeys.KEY_ID + ":");
    assertThat(ItDatabase.CIPHER.decrypt(after, CASE_CPR)).isEqualTo(cpr.replace("-", ""));
    assertThat(column("select content from handover.handover where id = ?", handoverId))
        .startsWith(LocalKeys.KEY_ID + ":");
    lookupsWork(caseId, cpr, handoverId);
  }

  @Test
  void onlyTheAdministratorSeesTheStatusAndItHoldsCountsNotValues() {
    assertThat(api().get(ADMIN_STATUS, CW).status()).isEqualTo(403);
    assertThat(api().get(ADMIN_STATUS, Tokens.auditor()).status()).isEqualTo(403);
    assertThat(api().get(ADMIN_STATUS, null).status()).isEqualTo(401);
    Api.Reply status = api().get(ADMIN_STATUS, Tokens.admin());
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    assertThat(status.body()).doesNotContain("local-only");
  }

  private void lookupsWork(String caseId, String cpr, String handoverId) {
    Api.Reply read = api().get("api/v1/cases/" + caseId + "?reveal=cpr", CW);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getString("cpr")).isEqualTo(cpr);
    Api.Reply again = api().post("api/v1/cases", CW, caseJson(cpr));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("duplicateOf")).isEqualTo(caseId);
    Api.Reply found = api().post("api/v1/cases/search", CW, "{\"cpr\": \"" + cpr + "\"}");
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().getJsonArray("items")).extracting(i -> ((JsonObject) i).getString("id"))
        .containsExactly(caseId);
    Api.Reply handover = api().get("api/v1/handovers/" + handoverId, Tokens.sender("redcross"));
    assertThat(handover.status()).as(handover.toString()).isEqualTo(200);
    assertThat(handover.json().getJsonObject("person").getString("name")).isEqualTo("Amina Haddad");
  }

  private String register(String cpr) {
    Api.Reply created = api().post("api/v1/cases", CW, caseJson(cpr));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static String caseJson(String cpr) {
    return """
        {"cpr": "%s", "name": "Hawa Ali", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, TODAY.minusDays(5));
  }

  private static Map<String, Long> remaining(Api.Reply status) {
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    return status.json().getJsonArray("columns").stream().map(c -> c.asJsonObject())
        .collect(Collectors.toMap(c -> c.getString("column"), c -> c.getJsonNumber("remaining").longValue()));
  }

  /** Re-encrypts one row's value under the previous key, as it stood before the current key was introduced. */
  private static void rewrite(String table, String column, String context, String id) throws Exception {
    try (Connection c = ItDatabase.connect()) {
      String value = column(c, "select " + column + " from " + table + " where id = ?", id);
      try (PreparedStatement u = c.prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
        u.setString(1, BEFORE.encrypt(ItDatabase.CIPHER.decrypt(value, context), context));
        u.setObject(2, UUID.fromString(id));
        assertThat(u.executeUpdate()).isEqualTo(1);
      }
    }
  }

  private static String column(String sql, Object param) throws Exception {
    try (Connection c = ItDatabase.connect()) {
      return column(c, sql, param);
    }
  }

  private static String column(Connection c, String sql, Object param) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, param instanceof String id && id.length() == 36 ? UUID.fromString(id) : param);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as(sql).isTrue();
        return rs.getString(1);
      }
    }
  }
}
