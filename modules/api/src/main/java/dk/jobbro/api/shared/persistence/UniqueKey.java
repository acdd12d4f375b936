package dk.jobbro.api.shared.persistence;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import java.util.List;

/**
 * A unique constraint of the database and what its violation means to a client: the request field that is duplicate
 * and a sentence saying so.
 *
 * @param constraint the constraint's (or unique index's) name in the database
 * @param field the request field whose value exists already
 * @param detail what is duplicate, for the problem's detail
 */
public record UniqueKey(String constraint, String field, String detail) {

  /** The 409 a violation of this key answers, naming the duplicate field. */
  public ProblemException duplicate() {
    return new ProblemException(409, "duplicate", "Already exists", detail,
        List.of(new Problem.Violation(field, "is taken: " + detail)));
  }
}
