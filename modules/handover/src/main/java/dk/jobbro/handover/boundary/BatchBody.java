package dk.jobbro.handover.boundary;

import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.handover.control.SubmissionJson;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A batch request's body, taken as text: its records are split out here, and its hash binds an Idempotency-Key to
 * exactly the body that was sent (the batch endpoints take the raw text rather than parsed JSON for that).
 */
final class BatchBody {

  private BatchBody() {}

  /**
   * The records of a JSON array, each as the exact text the sender wrote: a tree would silently keep the last of two
   * equal keys, and the strict reading of each record must see them.
   */
  static List<String> arrayRecords(String body) {
    if (body == null || body.isBlank()) {
      throw ProblemException.invalidField("body", "a JSON array is required");
    }
    try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(body))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw ProblemException.invalidField("body", "is not a JSON array of handovers");
      }
      List<String> records = new ArrayList<>();
      for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
        records.add(recordText(parser, e, body));
      }
      if (parser.hasNext()) {
        throw ProblemException.invalidField("body", "is not a JSON array of handovers");
      }
      return records;
    } catch (JsonParsingException e) {
      // the parser's message may quote the body (a CPR number): only its location is passed on
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ")";
      throw ProblemException.invalidField("body", "is not a JSON array of handovers" + where);
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw ProblemException.invalidField("body", "is not a JSON array of handovers");
    }
  }

  /**
   * One element's text: from its opening bracket (the parser's offset is just past it) to past its closing one. The
   * element is walked event by event rather than skipped, so that a syntax error inside it is found here.
   */
  private static String recordText(JsonParser parser, JsonParser.Event event, String body) {
    if (event != JsonParser.Event.START_OBJECT && event != JsonParser.Event.START_ARRAY) {
      return parser.getValue().toString();
    }
    long start = parser.getLocation().getStreamOffset() - 1;
    for (int depth = 1; depth > 0; ) {
      JsonParser.Event e = parser.next();
      if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) {
        depth++;
      } else if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) {
        depth--;
      }
    }
    return body.substring((int) start, (int) parser.getLocation().getStreamOffset());
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
