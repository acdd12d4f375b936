package dk.jobbro.api.caseload.events;

import dk.jobbro.api.caseload.OfferType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer was registered on a case; fired inside the transaction (observe with AFTER_SUCCESS).
 *
 * @param offerId the offer
 * @param caseId the case
 * @param kommune the kommune that gave it
 * @param type the offer type
 * @param startDate its first day
 * @param employerCvr the employer, if any
 */
public record OfferStarted(UUID offerId, UUID caseId, String kommune, OfferType type, LocalDate startDate,
    String employerCvr) {}
