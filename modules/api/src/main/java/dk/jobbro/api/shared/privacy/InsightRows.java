package dk.jobbro.api.shared.privacy;

import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns table rows, read as PostgreSQL's {@code row_to_json} text, into insight records. Reading whole rows rather
 * than chosen fields is deliberate: a column added later is in the person's insight without anyone remembering to
 * add it. Only what is no fact about the person is left out (row versions), and what must not be shown as stored
 * (a CPR number column; the insight names the CPR number once, from the case).
 */
public final class InsightRows {

  /**
   * Columns that are bookkeeping or that hold a CPR number in a stored form (encrypted, blind index, person key): the
   * insight shows the number itself once, in clear, at the top of the case.
   */
  private static final Set<String> LEFT_OUT = Set.of("version", "cpr", "cpr_cipher", "cpr_index", "person_key",
      "seq");

  private InsightRows() {}

  /** One record per row, in the rows' order; labels translate column names, an unknown column keeps its name. */
  public static List<InsightRecord> records(List<?> rowsAsJson, Map<String, String> labels) {
    return records(rowsAsJson, labels, Map.of());
  }

  /**
   * As {@link #records(List, Map)}, with the named columns stored encrypted ({@link PersonalDataCipher}) shown
   * decrypted: the person is entitled to the content, not to its ciphertext.
   *
   * @param encrypted the encrypted columns by their name in the row
   */
  public static List<InsightRecord> records(List<?> rowsAsJson, Map<String, String> labels,
      Map<String, EncryptedColumn> encrypted) {
    PersonalDataCipher cipher = encrypted.isEmpty() ? null : PersonalDataCipher.configured();
    List<InsightRecord> records = new ArrayList<>();
    for (Object row : rowsAsJson) {
      JsonObject object = Jsonp.PROVIDER.createReader(new StringReader(row.toString())).readObject();
      List<InsightField> fields = new ArrayList<>();
      object.forEach((key, value) -> {
        if (!LEFT_OUT.contains(key)) {
          String text = text(value);
          if (text != null && encrypted.containsKey(key)) {
            text = cipher.decrypt(text, encrypted.get(key).context());
          }
          fields.add(new InsightField(key, labels.getOrDefault(key, key), text));
        }
      });
      records.add(new InsightRecord(fields));
    }
    return records;
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case STRING -> ((JsonString) value).getString().strip();
      case TRUE -> "ja";
      case FALSE -> "nej";
      default -> value.toString();
    };
  }
}
