package dk.jobbro.api.employers.events;

import dk.jobbro.api.employers.MatchRequestStatus;
import java.util.UUID;

/**
 * A match request ended without a placement: the holding kommune declined it, or the requester withdrew it. Fired
 * inside the transaction.
 *
 * @param matchRequestId the request
 * @param vacancyId the vacancy
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the kommune holding the case
 * @param status DECLINED or WITHDRAWN
 */
public record MatchClosed(UUID matchRequestId, UUID vacancyId, String requestingKommune, String candidateKommune,
    MatchRequestStatus status) {}
