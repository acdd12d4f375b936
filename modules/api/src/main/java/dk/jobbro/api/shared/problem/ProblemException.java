package dk.jobbro.api.shared.problem;

import java.util.List;

/**
 * A failure that the caller should see as a problem detail. Modules throw the factory methods' results; the war's
 * exception mapper turns them into {@code application/problem+json} responses.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String slug;
  private final String title;
  private final transient List<Problem.Violation> violations;

  public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.violations = List.copyOf(violations);
  }

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  /** One or more invalid request fields (400). */
  public static ProblemException invalid(List<Problem.Violation> violations) {
    return new ProblemException(400, "invalid-request", "The request is invalid",
        "Fix the fields listed in violations and send the request again.", violations);
  }

  /** One invalid request field (400). */
  public static ProblemException invalidField(String field, String message) {
    return invalid(List.of(new Problem.Violation(field, message)));
  }

  /**
   * A resource that does not exist or that the caller may not see (404). The two cases answer identically so that
   * one kommune cannot probe for another kommune's data.
   */
  public static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "Not found", what + " does not exist or is not yours to see.");
  }

  /** The caller is authenticated but its token does not allow this (403). */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail);
  }

  /** The request conflicts with the current state (409). */
  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail);
  }

  /** The caller's version is stale: someone changed the resource since it was read (412). */
  public static ProblemException staleVersion() {
    return new ProblemException(412, "stale-version", "Precondition failed",
        "The resource has changed since you read it. Read it again (GET), then repeat your change with the new ETag.");
  }

  /** An update without If-Match (428): without it a change could silently overwrite someone else's. */
  public static ProblemException versionRequired() {
    return new ProblemException(428, "if-match-required", "Precondition required",
        "Send the ETag of the version you read in an If-Match header.");
  }

  public int status() {
    return status;
  }

  public String type() {
    return Problem.TYPE_BASE + slug;
  }

  public String title() {
    return title;
  }

  public List<Problem.Violation> violations() {
    return violations;
  }
}
