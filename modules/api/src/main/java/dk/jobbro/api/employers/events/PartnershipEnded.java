package dk.jobbro.api.employers.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A partnership agreement ended; fired inside the transaction.
 *
 * @param partnershipId the agreement
 * @param kommune the kommune
 * @param employerId the company
 * @param endDate the last day
 */
public record PartnershipEnded(UUID partnershipId, String kommune, UUID employerId, LocalDate endDate) {}
