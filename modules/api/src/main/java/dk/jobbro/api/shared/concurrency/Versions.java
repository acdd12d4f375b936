package dk.jobbro.api.shared.concurrency;

import dk.jobbro.api.shared.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP, the one place for every module: an editable resource's ETag is its version number
 * (a strong tag); a change must send it back in {@code If-Match}. Resources answer with
 * {@code Response.ok(view).tag(Versions.etag(view.version()))} and pass {@link #ifMatch(String)} to their service,
 * which calls {@link #require(long, IfMatch)} once it has read the current version (so that a missing resource is a
 * 404 before a stale tag is a 412).
 */
public final class Versions {

  /** The request header a change sends its precondition in. */
  public static final String IF_MATCH = "If-Match";

  private Versions() {}

  /** The ETag value of a version, without quotes ({@code ResponseBuilder.tag(String)} adds them). */
  public static String etag(long version) {
    return Long.toString(version);
  }

  /**
   * What an {@code If-Match} header admits.
   *
   * @throws ProblemException 428 when the header is missing, 400 naming If-Match when it is not {@code *} or a list
   *     of entity tags
   */
  public static IfMatch ifMatch(String header) {
    if (header == null || header.isBlank()) {
      throw ProblemException.versionRequired();
    }
    try {
      return new IfMatch(EntityTagList.parse(header));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(IF_MATCH, "must be * or the ETag you read, such as \"3\" (with the "
          + "quotes): " + e.getMessage());
    }
  }

  /** Fails with 412 unless {@code ifMatch} admits the current version. */
  public static void require(long current, IfMatch ifMatch) {
    if (!ifMatch.admits(current)) {
      throw ProblemException.staleVersion();
    }
  }
}
