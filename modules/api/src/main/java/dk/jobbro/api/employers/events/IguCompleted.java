package dk.jobbro.api.employers.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An IGU was completed; fired inside the transaction.
 *
 * @param placementId the placement
 * @param caseId the person's case
 * @param kommune the person's kommune
 * @param completedDate the last day
 */
public record IguCompleted(UUID placementId, UUID caseId, String kommune, LocalDate completedDate) {}
