package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ranks a kommune's and nearby kommuner's job-ready people against a vacancy's requirements, for the employers module.
 * Scoring and the limit run in the database, so no caller ever loads every case. The implementation does no tenancy
 * check of its own: the caller decides which kommuner to search and shows other kommuners' candidates only as
 * pseudonymised profiles; the opaque {@link CandidateMatch#matchRef()} is the only handle on such a person.
 */
public interface CandidateSearch {

  /** The best candidates, highest score first, at most {@code query.limit()}. */
  List<CandidateMatch> search(@NotNull CandidateQuery query);

  /** The candidate behind a match reference, if the person still matches the query. */
  Optional<CandidateMatch> byReference(@NotNull CandidateQuery query, @NotNull String matchRef);

  /**
   * Who a case is (id and name), for a kommune whose match request the holding kommune accepted; writes the
   * access-log row. Empty when the case does not exist.
   */
  Optional<RevealedCandidate> reveal(@NotNull UUID caseId);

  /**
   * A person revealed after an accepted match request.
   *
   * @param caseId the case in the holding kommune
   * @param name the person's name
   * @param kommune the holding kommune
   */
  record RevealedCandidate(UUID caseId, String name, String kommune) {}
}
