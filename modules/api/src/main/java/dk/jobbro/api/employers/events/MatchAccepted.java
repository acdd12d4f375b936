package dk.jobbro.api.employers.events;

import java.util.UUID;

/**
 * The kommune that holds a candidate accepted another kommune's match request for a vacancy; fired inside the
 * transaction.
 *
 * @param matchRequestId the request
 * @param vacancyId the vacancy
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the candidate's kommune
 */
public record MatchAccepted(UUID matchRequestId, UUID vacancyId, String requestingKommune, String candidateKommune) {}
