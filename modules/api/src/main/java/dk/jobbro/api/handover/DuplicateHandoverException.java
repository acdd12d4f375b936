package dk.jobbro.api.handover;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import java.util.List;
import java.util.UUID;

/**
 * The person already has an open handover (or one taken over) in the receiving kommune: the new one is flagged as a
 * duplicate of it instead of being created (409).
 */
public class DuplicateHandoverException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final UUID duplicateOf;

  public DuplicateHandoverException(UUID duplicateOf, String field) {
    super(409, "duplicate-handover", "Duplicate handover",
        "The person already has a handover to this kommune (duplicateOf " + duplicateOf + ").",
        List.of(new Problem.Violation(field, "already has a handover to this kommune")));
    this.duplicateOf = duplicateOf;
  }

  public UUID duplicateOf() {
    return duplicateOf;
  }
}
