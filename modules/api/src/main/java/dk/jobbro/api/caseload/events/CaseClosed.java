package dk.jobbro.api.caseload.events;

import dk.jobbro.api.caseload.ProgrammeEndReason;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The programme ended and the case was closed; fired inside the transaction (observe with AFTER_SUCCESS).
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param endDate the programme's last day
 * @param reason why
 */
public record CaseClosed(UUID caseId, String kommune, LocalDate endDate, ProgrammeEndReason reason) {}
