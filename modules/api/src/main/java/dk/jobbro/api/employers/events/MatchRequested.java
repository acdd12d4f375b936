package dk.jobbro.api.employers.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A consultant asked the kommune holding a pseudonymised candidate to put them in touch about a vacancy; the holding
 * kommune's answer is awaited. Fired inside the transaction.
 *
 * @param matchRequestId the request
 * @param vacancyId the vacancy
 * @param caseId the candidate's case (for the holding kommune; never shown to the requester)
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the kommune holding the case
 * @param requestedDate the day asked
 */
public record MatchRequested(UUID matchRequestId, UUID vacancyId, UUID caseId, String requestingKommune,
    String candidateKommune, LocalDate requestedDate) {}
