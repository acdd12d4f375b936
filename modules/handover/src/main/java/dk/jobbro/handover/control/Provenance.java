package dk.jobbro.handover.control;

import dk.jobbro.api.handover.FieldProvenance;
import dk.jobbro.handover.entity.HandoverRevision;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who supplied each field of a handover: for every field of the current version, the oldest version since which
 * it has held its current value without interruption. Derived from the kept versions, so it can never drift from
 * them. The person and health objects are broken down into their fields; lists count as one field each.
 */
public final class Provenance {

  /** The objects whose members are fields of their own. */
  private static final Set<String> NESTED = Set.of("person", "health", "jobOffer");

  private Provenance() {}

  /** @param revisions oldest first; at least one */
  public static List<FieldProvenance> of(List<HandoverRevision> revisions) {
    List<Map<String, JsonValue>> flat = revisions.stream().map(r -> flatten(SubmissionJson.tree(r.content())))
        .toList();
    Map<String, JsonValue> current = flat.get(flat.size() - 1);
    List<FieldProvenance> result = new ArrayList<>();
    for (Map.Entry<String, JsonValue> field : current.entrySet()) {
      int since = flat.size() - 1;
      while (since > 0 && field.getValue().equals(flat.get(since - 1).get(field.getKey()))) {
        since--;
      }
      HandoverRevision r = revisions.get(since);
      result.add(new FieldProvenance(field.getKey(), r.revision(), r.suppliedBy(), r.suppliedAt()));
    }
    return result;
  }

  /** The field names a kommune may ask for: every field the content can carry. */
  public static Set<String> knownFields() {
    return KnownFields.ALL;
  }

  static Map<String, JsonValue> flatten(JsonObject content) {
    Map<String, JsonValue> flat = new LinkedHashMap<>();
    content.forEach((name, value) -> {
      if (NESTED.contains(name) && value.getValueType() == JsonValue.ValueType.OBJECT) {
        value.asJsonObject().forEach((inner, v) -> flat.put(name + "." + inner, v));
      } else {
        flat.put(name, value);
      }
    });
    return flat;
  }

  private static final class KnownFields {
    static final Set<String> ALL = Set.of("person", "person.cpr", "person.caseNumber", "person.name",
        "person.birthDate", "person.gender", "person.countryOfOrigin", "residenceBasis", "residencePermitDate",
        "visitationDecisionDate", "cprRegistrationDate", "languages", "education", "workExperience",
        "drivingLicence", "danishClasses", "familyHandovers", "jobOffer", "jobOffer.description", "jobOffer.cvr",
        "jobOffer.igu", "notes", "health", "health.information", "health.consent");
  }
}
