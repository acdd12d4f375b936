package dk.jobbro.api.shared.privacy;

import jakarta.json.Json;
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

  /** Columns that are bookkeeping or that hold a CPR number in a stored form. */
  private static final Set<String> LEFT_OUT = Set.of("version", "cpr", "person_key", "seq");

  private InsightRows() {}

  /** One record per row, in the rows' order; labels translate column names, an unknown column keeps its name. */
  public static List<InsightRecord> records(List<?> rowsAsJson, Map<String, String> labels) {
    List<InsightRecord> records = new ArrayList<>();
    for (Object row : rowsAsJson) {
      JsonObject object = Json.createReader(new StringReader(row.toString())).readObject();
      List<InsightField> fields = new ArrayList<>();
      object.forEach((key, value) -> {
        if (!LEFT_OUT.contains(key)) {
          fields.add(new InsightField(key, labels.getOrDefault(key, key), text(value)));
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
