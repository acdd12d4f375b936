package dk.jobbro.api.employers.events;

import java.util.UUID;

/**
 * The holding kommune answered a proposed placement: confirmed (the offer, and for an IGU the placement, is now
 * registered on its case and linked to the vacancy) or declined (the match stays accepted). Fired inside the
 * transaction.
 *
 * @param matchRequestId the request
 * @param vacancyId the vacancy
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the kommune holding the case, for which the placement counts
 * @param confirmed whether the placement was registered
 * @param offerId the offer registered, when confirmed
 * @param iguPlacementId the IGU placement, when confirmed as an IGU
 */
public record MatchPlacementDecided(UUID matchRequestId, UUID vacancyId, String requestingKommune,
    String candidateKommune, boolean confirmed, UUID offerId, UUID iguPlacementId) {}
