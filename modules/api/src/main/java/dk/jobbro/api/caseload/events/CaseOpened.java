package dk.jobbro.api.caseload.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case was registered; fired inside the transaction (observe with AFTER_SUCCESS). Carries no CPR number.
 *
 * @param caseId the new case
 * @param kommune the kommunekode of the kommune that holds it
 * @param takeoverDate when the first-offer clock started
 * @param at when it was registered
 */
public record CaseOpened(UUID caseId, String kommune, LocalDate takeoverDate, Instant at) {}
