package dk.jobbro.api.caseload.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The receiving kommune accepted a case; the sending kommune no longer sees it. Fired inside the transaction
 * (observe with AFTER_SUCCESS).
 *
 * @param caseId the case
 * @param fromKommune the sending kommune
 * @param toKommune the receiving kommune
 * @param at when it was accepted
 */
public record CaseMoved(UUID caseId, String fromKommune, String toKommune, Instant at) {}
