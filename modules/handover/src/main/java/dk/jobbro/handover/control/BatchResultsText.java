package dk.jobbro.handover.control;

import dk.jobbro.api.handover.BatchResult;
import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.api.shared.problem.Problem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored form of a batch's per-record results, kept under its Idempotency-Key so that a retry answers them again:
 * one line per record in the batch's order (so the index is the line number), {@code C <id>} created, {@code D <id>}
 * duplicate of, {@code R <problem JSON>} rejected. About 40 bytes a record, where the full JSON answer is three times
 * that. A run's progress (the records written so far) is kept in the same form, each line led by the record's index.
 */
public final class BatchResultsText {

  private BatchResultsText() {}

  public static String write(List<BatchResult.Item> items) {
    StringBuilder text = new StringBuilder(items.size() * 40);
    for (BatchResult.Item item : items) {
      switch (item.outcome()) {
        case CREATED -> text.append("C ").append(item.id());
        case DUPLICATE -> text.append("D ").append(item.duplicateOf());
        case REJECTED -> text.append("R ").append(problem(item.problem()));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** The results of some records, in any order: one line each, {@code <index> } and then the line as above. */
  public static String writeIndexed(List<BatchResult.Item> items) {
    StringBuilder text = new StringBuilder(items.size() * 46);
    for (BatchResult.Item item : items) {
      text.append(item.index()).append(' ').append(write(List.of(item)));
    }
    return text.toString();
  }

  /** Reads {@link #writeIndexed} text (null is none), by index. */
  public static Map<Integer, BatchResult.Item> readIndexed(String text) {
    Map<Integer, BatchResult.Item> items = new HashMap<>();
    if (text == null) {
      return items;
    }
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int space = line.indexOf(' ');
      int index = Integer.parseInt(line.substring(0, space));
      BatchResult.Item item = read(line.substring(space + 1)).get(0);
      items.put(index, new BatchResult.Item(index, item.outcome(), item.id(), item.duplicateOf(), item.problem()));
    }
    return items;
  }

  public static List<BatchResult.Item> read(String text) {
    List<BatchResult.Item> items = new ArrayList<>();
    for (String line : text.split("\n")) {
      int index = items.size();
      String rest = line.substring(2);
      items.add(switch (line.charAt(0)) {
        case 'C' -> new BatchResult.Item(index, BatchResult.Outcome.CREATED, UUID.fromString(rest), null, null);
        case 'D' -> new BatchResult.Item(index, BatchResult.Outcome.DUPLICATE, null, UUID.fromString(rest), null);
        case 'R' -> new BatchResult.Item(index, BatchResult.Outcome.REJECTED, null, null, problem(rest));
        default -> throw new IllegalStateException("not a stored batch result line: " + line.charAt(0));
      });
    }
    return items;
  }

  /** JSON-P by hand: a rejected record's problem has no instance or incident id, and violations only when listed. */
  private static String problem(Problem p) {
    JsonObjectBuilder o = Jsonp.PROVIDER.createObjectBuilder().add("type", p.type()).add("title", p.title())
        .add("status", p.status());
    if (p.detail() != null) {
      o.add("detail", p.detail());
    }
    if (p.violations() != null) {
      JsonArrayBuilder violations = Jsonp.PROVIDER.createArrayBuilder();
      p.violations().forEach(v -> violations.add(Jsonp.PROVIDER.createObjectBuilder().add("field", v.field())
          .add("message", v.message())));
      o.add("violations", violations);
    }
    return o.build().toString();
  }

  private static Problem problem(String json) {
    JsonObject o = SubmissionJson.tree(json);
    List<Problem.Violation> violations = !o.containsKey("violations") ? null
        : o.getJsonArray("violations").stream().map(v -> v.asJsonObject())
            .map(v -> new Problem.Violation(v.getString("field"), v.getString("message"))).toList();
    return new Problem(o.getString("type"), o.getString("title"), o.getInt("status"), o.getString("detail", null), null,
        violations, null);
  }
}
