package dk.jobbro.api.caseload.events;

import dk.jobbro.api.caseload.FirstOfferStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case got its first company-oriented offer; fired inside the transaction (observe with AFTER_SUCCESS).
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param takeoverDate the start of the clock
 * @param metOn the offer's start date
 * @param status MET_ON_TIME or MET_LATE
 */
public record FirstOfferMet(UUID caseId, String kommune, LocalDate takeoverDate, LocalDate metOn,
    FirstOfferStatus status) {}
