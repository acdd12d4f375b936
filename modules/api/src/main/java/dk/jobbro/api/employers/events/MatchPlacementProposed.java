package dk.jobbro.api.employers.events;

import dk.jobbro.api.caseload.OfferType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * After an accepted match request the requesting consultant proposed the placement (offer or IGU); the holding
 * kommune, which owns the case, must confirm or decline it. Fired inside the transaction.
 *
 * @param matchRequestId the request
 * @param vacancyId the vacancy
 * @param caseId the candidate's case (for the holding kommune)
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the kommune holding the case
 * @param type the offer type proposed (the vacancy's)
 * @param startDate the proposed first day
 * @param proposedDate the day proposed
 */
public record MatchPlacementProposed(UUID matchRequestId, UUID vacancyId, UUID caseId, String requestingKommune,
    String candidateKommune, OfferType type, LocalDate startDate, LocalDate proposedDate) {}
