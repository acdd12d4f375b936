package dk.jobbro.api.shared.privacy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The closed cases whose personal data is due for erasure: the retention job asks caseload, which alone knows when a
 * programme ended, and hands the ids to every module's {@link PersonalDataEraser}.
 */
public interface ClosedCases {

  /** The cases closed with a programme end on or before this day and not yet anonymised. */
  Set<UUID> dueForErasure(LocalDate closedOnOrBefore);
}
