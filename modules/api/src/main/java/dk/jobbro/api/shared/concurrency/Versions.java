package dk.jobbro.api.shared.concurrency;

import dk.jobbro.api.shared.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: an editable resource's ETag is its version number; an update must send it back in
 * {@code If-Match}.
 */
public final class Versions {

  private Versions() {}

  /** The ETag value of a version. */
  public static String etag(long version) {
    return Long.toString(version);
  }

  /**
   * The version an {@code If-Match} header names.
   *
   * @throws ProblemException 428 when the header is missing, 412 when it names no version of ours
   */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ProblemException.versionRequired();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw ProblemException.staleVersion();
    }
  }

  /** Fails with 412 unless the caller saw the current version. */
  public static void require(long current, long expected) {
    if (current != expected) {
      throw ProblemException.staleVersion();
    }
  }
}
