package dk.jobbro.reporting.boundary;

import dk.jobbro.api.reporting.Report;
import dk.jobbro.api.reporting.SnapshotChanges;
import dk.jobbro.api.reporting.SnapshotRequest;
import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.reporting.entity.Snapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Published snapshots of reports. A snapshot keeps the report exactly as answered; comparing it with a re-run under
 * the same parameters shows what late registrations changed.
 */
@RequestScoped
@Transactional
public class Snapshots {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  Reports reports;

  @Inject
  Caller caller;

  @PersistenceContext
  EntityManager em;

  public Snapshot publish(SnapshotRequest request) {
    Map<String, String> parameters = request.parameters() == null ? Map.of() : request.parameters();
    Report report = run(request.report(), parameters);
    Snapshot snapshot = new Snapshot(report.report(), JSONB.toJson(new LinkedHashMap<>(parameters)),
        report.definitionVersion(), report.dataCutOff(), JSONB.toJson(report), caller.subject());
    em.persist(snapshot);
    return snapshot;
  }

  public Snapshot get(UUID id) {
    Snapshot snapshot = em.find(Snapshot.class, id);
    if (snapshot == null) {
      throw ProblemException.notFound("The snapshot");
    }
    return snapshot;
  }

  public SnapshotChanges changes(UUID id) {
    Snapshot snapshot = get(id);
    @SuppressWarnings("unchecked")
    Map<String, String> parameters = JSONB.fromJson(snapshot.parameters(), HashMap.class);
    JsonObject before = parse(snapshot.body());
    JsonObject after = parse(JSONB.toJson(run(snapshot.report(), parameters)));
    List<SnapshotChanges.Change> changes = new ArrayList<>();
    Map<String, JsonObject> oldRows = rowsByKommune(before);
    rowsByKommune(after).forEach((kommune, row) -> compare(kommune, oldRows.get(kommune), row, changes));
    compare("total", before.getJsonObject("total"), after.getJsonObject("total"), changes);
    return new SnapshotChanges(snapshot.id(), snapshot.report(), Instant.parse(before.getString("dataCutOff")),
        Instant.parse(after.getString("dataCutOff")), changes);
  }

  private Report run(String name, Map<String, String> p) {
    if (name == null) {
      throw ProblemException.invalidField("report", "is required");
    }
    return switch (name) {
      case "self-supporting" -> reports.selfSupporting(year(p.get("year")));
      case "first-offer-compliance" -> reports.firstOfferCompliance(p.get("from"), p.get("to"));
      case "programme-development" -> reports.programmeDevelopment(p.get("from"), p.get("to"), p.get("rankBy"));
      case "igu-placements" -> reports.iguPlacements(p.get("from"), p.get("to"), p.get("activeOn"),
          p.get("top") == null ? null : year(p.get("top")));
      default -> throw ProblemException.invalidField("report",
          "must be self-supporting, first-offer-compliance, programme-development or igu-placements");
    };
  }

  private static Integer year(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("parameters.year", "must be a year");
    }
  }

  private static void compare(String key, JsonObject before, JsonObject after, List<SnapshotChanges.Change> out) {
    for (String column : after.keySet()) {
      if (column.equals("suppressed") || column.equals("kommune") || column.equals("navn")) {
        continue;
      }
      JsonValue old = before == null ? JsonValue.NULL : before.getOrDefault(column, JsonValue.NULL);
      JsonValue now = after.get(column);
      if (!Objects.equals(old.toString(), now.toString())) {
        out.add(new SnapshotChanges.Change(key, column, plain(old), plain(now)));
      }
    }
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue();
      case STRING -> ((jakarta.json.JsonString) value).getString();
      case NULL -> null;
      default -> value.toString();
    };
  }

  private static Map<String, JsonObject> rowsByKommune(JsonObject report) {
    Map<String, JsonObject> rows = new LinkedHashMap<>();
    report.getJsonArray("rows").forEach(r -> rows.put(r.asJsonObject().getString("kommune"), r.asJsonObject()));
    return rows;
  }

  private static JsonObject parse(String json) {
    try (var reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
