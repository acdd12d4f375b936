package dk.jobbro.api.shared.idempotency;

import dk.jobbro.api.shared.problem.ProblemException;

/** The {@code Idempotency-Key} request header and the {@code Idempotent-Replayed} answer header. */
public final class IdempotencyKey {

  /** The request header with the client's key. */
  public static final String HEADER = "Idempotency-Key";

  /** The answer header saying that this is the stored answer to an earlier request with the key. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private IdempotencyKey() {}

  /**
   * The key a request sent, or null without one.
   *
   * @throws ProblemException 400 naming the header unless it is 1 to 200 visible ASCII characters
   */
  public static String of(String header) {
    if (header == null) {
      return null;
    }
    if (!header.matches("[\\x21-\\x7E]{1,200}")) {
      throw ProblemException.invalidField(HEADER, "must be 1 to 200 visible ASCII characters");
    }
    return header;
  }
}
