package dk.jobbro.handover.control;

import dk.jobbro.api.handover.Completeness;
import dk.jobbro.api.handover.HandoverSubmission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores how much of what a jobcentre needs a handover carries. Pure and stateless so the rule can be unit-tested;
 * the weights come from {@link CompletenessWeights}. A field with weight 0 does not count at all.
 */
public final class CompletenessScorer {

  /** The useful fields, in the order they are listed when equally heavy, with their default weights (sum 100). */
  public static final Map<String, Integer> DEFAULT_WEIGHTS = defaults();

  private static final Map<String, Function<HandoverSubmission, Object>> FIELDS = fields();

  private final Map<String, Integer> weights;

  /** @param weights weight per field name of {@link #DEFAULT_WEIGHTS}; absent fields take the default */
  public CompletenessScorer(Map<String, Integer> weights) {
    Map<String, Integer> merged = new LinkedHashMap<>(DEFAULT_WEIGHTS);
    weights.forEach((field, weight) -> {
      if (!DEFAULT_WEIGHTS.containsKey(field)) {
        throw new IllegalArgumentException("no such completeness field: " + field);
      }
      if (weight < 0) {
        throw new IllegalArgumentException("weight of " + field + " must not be negative");
      }
      merged.put(field, weight);
    });
    this.weights = Map.copyOf(merged);
  }

  public static CompletenessScorer withDefaults() {
    return new CompletenessScorer(Map.of());
  }

  /** The score (0 to 100, rounded) and the missing fields, heaviest first. */
  public Completeness score(HandoverSubmission submission) {
    int total = 0;
    int present = 0;
    List<String> missing = new ArrayList<>();
    for (String field : DEFAULT_WEIGHTS.keySet()) {
      int weight = weights.get(field);
      if (weight == 0) {
        continue;
      }
      total += weight;
      if (isPresent(FIELDS.get(field).apply(submission))) {
        present += weight;
      } else {
        missing.add(field);
      }
    }
    missing.sort(Comparator.comparing((String f) -> -weights.get(f)));
    int score = total == 0 ? 100 : Math.round(100f * present / total);
    return new Completeness(score, missing);
  }

  private static boolean isPresent(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof String s) {
      return !s.isBlank();
    }
    return true;
  }

  private static Map<String, Integer> defaults() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("workExperience", 20);
    w.put("education", 15);
    w.put("languages", 15);
    w.put("person.cpr", 10);
    w.put("danishClasses", 10);
    w.put("person.birthDate", 5);
    w.put("person.gender", 5);
    w.put("person.countryOfOrigin", 5);
    w.put("residencePermitDate", 5);
    w.put("drivingLicence", 5);
    w.put("notes", 5);
    return java.util.Collections.unmodifiableMap(w);
  }

  private static Map<String, Function<HandoverSubmission, Object>> fields() {
    Map<String, Function<HandoverSubmission, Object>> f = new LinkedHashMap<>();
    f.put("workExperience", HandoverSubmission::workExperience);
    f.put("education", HandoverSubmission::education);
    f.put("languages", HandoverSubmission::languages);
    f.put("person.cpr", s -> s.person() == null ? null : s.person().cpr());
    f.put("danishClasses", HandoverSubmission::danishClasses);
    f.put("person.birthDate", s -> s.person() == null ? null : s.person().birthDate());
    f.put("person.gender", s -> s.person() == null ? null : s.person().gender());
    f.put("person.countryOfOrigin", s -> s.person() == null ? null : s.person().countryOfOrigin());
    f.put("residencePermitDate", HandoverSubmission::residencePermitDate);
    f.put("drivingLicence", HandoverSubmission::drivingLicence);
    f.put("notes", HandoverSubmission::notes);
    return f;
  }
}
