package dk.jobbro.api.employers.events;

import dk.jobbro.api.employers.IguEndReason;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An IGU stopped before its end; fired inside the transaction.
 *
 * @param placementId the placement
 * @param caseId the person's case
 * @param kommune the person's kommune
 * @param endDate the last day
 * @param reason why
 */
public record IguEnded(UUID placementId, UUID caseId, String kommune, LocalDate endDate, IguEndReason reason) {}
