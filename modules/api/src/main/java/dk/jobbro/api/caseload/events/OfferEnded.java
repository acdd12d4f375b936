package dk.jobbro.api.caseload.events;

import dk.jobbro.api.caseload.OfferType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer got its end date; fired inside the transaction (observe with AFTER_SUCCESS).
 *
 * @param offerId the offer
 * @param caseId the case
 * @param kommune the kommune that gave it
 * @param type the offer type
 * @param endDate its last day
 */
public record OfferEnded(UUID offerId, UUID caseId, String kommune, OfferType type, LocalDate endDate) {}
