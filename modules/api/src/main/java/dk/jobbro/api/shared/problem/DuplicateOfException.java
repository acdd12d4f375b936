package dk.jobbro.api.shared.problem;

import java.util.List;
import java.util.UUID;

/**
 * A 409 because what the request would create exists already, and it is the caller's to see: the answer points at it
 * with its address in {@code Location} and its id in the problem's extension member {@code duplicateOf} (the member
 * a duplicate handover names its original in). Throw it only for a resource the caller may read; a conflict with
 * another kommune's data stays a plain {@link ProblemException#conflict}, naming nothing.
 */
public class DuplicateOfException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final UUID duplicateOf;
  private final String path;

  /**
   * @param detail what exists already, for a human
   * @param field the request field that makes it a duplicate, such as {@code cpr}
   * @param collection the existing resource's collection under the API root, such as {@code v1/cases}
   * @param duplicateOf the existing resource's id
   */
  public DuplicateOfException(String detail, String field, String collection, UUID duplicateOf) {
    super(409, "duplicate", "Exists already", detail,
        List.of(new Problem.Violation(field, "is the same as in " + collection + "/" + duplicateOf)));
    this.duplicateOf = duplicateOf;
    this.path = collection + "/" + duplicateOf;
  }

  public UUID duplicateOf() {
    return duplicateOf;
  }

  /** The existing resource's path under the API root. */
  public String path() {
    return path;
  }
}
