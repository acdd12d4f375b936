package dk.jobbro.api.shared.security;

import dk.jobbro.api.shared.KommuneKode;
import java.util.Optional;

/**
 * Who is calling, as proven by the verified bearer token. This is the one place that decides which kommune's data a
 * request may touch: modules ask {@link #requireKommune()} and scope every query with it.
 */
public interface Caller {

  /** The token's subject (user id); written to the access log, never a CPR number. */
  String subject();

  /** The role the caller acts in (the first Jobbro role in its token). */
  String role();

  boolean hasRole(String role);

  /** The caller's kommune, for caseworkers and employer consultants. */
  Optional<KommuneKode> kommune();

  /** The sender id, for handover senders. */
  Optional<String> sender();

  /**
   * The kommune whose people this caller may see.
   *
   * @throws dk.jobbro.api.shared.problem.ProblemException 403 when the token carries no valid kommune claim
   */
  KommuneKode requireKommune();
}
