package dk.jobbro.handover.control;

import dk.jobbro.api.handover.Completeness;
import dk.jobbro.api.handover.HandoverSubmission;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The completeness weights from MicroProfile Config: {@code handover.completeness.weight.<field>} (for example
 * {@code handover.completeness.weight.workExperience=30}); a field not configured keeps its default
 * ({@link CompletenessScorer#DEFAULT_WEIGHTS}). Kommuner weigh the fields differently, hence configurable.
 */
@ApplicationScoped
public class CompletenessWeights {

  static final String PREFIX = "handover.completeness.weight.";

  @Inject
  Config config;

  private CompletenessScorer scorer;

  @PostConstruct
  void load() {
    Map<String, Integer> weights = new HashMap<>();
    for (String field : CompletenessScorer.DEFAULT_WEIGHTS.keySet()) {
      config.getOptionalValue(PREFIX + field, Integer.class).ifPresent(w -> weights.put(field, w));
    }
    scorer = new CompletenessScorer(weights);
  }

  public Completeness score(HandoverSubmission submission) {
    return scorer.score(submission);
  }
}
