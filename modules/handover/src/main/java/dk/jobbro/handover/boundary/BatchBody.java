package dk.jobbro.handover.boundary;

import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.handover.control.SubmissionJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/**
 * A batch request's body, taken as text: its records are split out here, and its hash binds an Idempotency-Key to
 * exactly the body that was sent (the batch endpoints take the raw text rather than parsed JSON for that).
 */
final class BatchBody {

  private BatchBody() {}

  /** The records of a JSON array, each as JSON text. */
  static List<String> arrayRecords(String body) {
    if (body == null || body.isBlank()) {
      throw ProblemException.invalidField("body", "a JSON array is required");
    }
    JsonArray records;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      records = reader.readArray();
    } catch (JsonParsingException e) {
      // the parser's message may quote the body (a CPR number): only its location is passed on
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ")";
      throw ProblemException.invalidField("body", "is not a JSON array of handovers" + where);
    } catch (JsonException | IllegalStateException e) {
      throw ProblemException.invalidField("body", "is not a JSON array of handovers");
    }
    return records.stream().map(Object::toString).toList();
  }

  /** The non-blank lines of an NDJSON body. */
  static List<String> ndjsonRecords(String body) {
    return body == null ? List.of() : Arrays.stream(body.split("\r?\n")).filter(l -> !l.isBlank()).toList();
  }

  /** SHA-256 of the body as sent: a retry must send the same bytes, as clients that retry do. */
  static String hash(String body) {
    return SubmissionJson.hash(body == null ? "" : body);
  }
}
