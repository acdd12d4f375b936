package dk.jobbro.api.shared.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What is due for erasure now.
 *
 * @param cases the closed cases whose retention period has run out (from caseload): every module erases what it holds
 *     on these persons
 * @param casesClosedOnOrBefore the programme end date on or before which a closed case is due
 * @param handoversEndedBefore a handover taken over or withdrawn before this is due
 */
public record ErasurePlan(Set<UUID> cases, LocalDate casesClosedOnOrBefore, Instant handoversEndedBefore) {

  public ErasurePlan {
    cases = Set.copyOf(cases);
    Objects.requireNonNull(casesClosedOnOrBefore);
    Objects.requireNonNull(handoversEndedBefore);
  }
}
