package dk.jobbro.api.handover.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The receiving kommune took over and a case was opened; fired inside the transaction, observe with AFTER_SUCCESS.
 * Reporting derives the lead time from visitation decision to takeover.
 *
 * @param handoverId the handover
 * @param caseId the case opened in caseload
 * @param sender who sent the handover
 * @param kommune the kommune that took over
 * @param visitationDecisionDate as handed over
 * @param takeoverDate when responsibility passed
 * @param completenessScore the handover's completeness at takeover
 * @param at when
 */
public record HandoverTakenOver(UUID handoverId, UUID caseId, String sender, String kommune,
    LocalDate visitationDecisionDate, LocalDate takeoverDate, int completenessScore, Instant at) {}
