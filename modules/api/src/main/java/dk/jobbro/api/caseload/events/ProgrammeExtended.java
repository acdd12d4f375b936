package dk.jobbro.api.caseload.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The integration programme was extended to a later planned end; fired inside the transaction.
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param plannedEnd the new planned end
 */
public record ProgrammeExtended(UUID caseId, String kommune, LocalDate plannedEnd) {}
