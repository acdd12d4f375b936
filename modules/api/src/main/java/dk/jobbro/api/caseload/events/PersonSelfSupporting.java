package dk.jobbro.api.caseload.events;

import dk.jobbro.api.caseload.SelfSupportingKind;
import dk.jobbro.api.shared.Gender;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person became self-supporting through an ordinary job or education; fired inside the transaction (observe with
 * AFTER_SUCCESS). No CPR number.
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param kind job or education
 * @param date from when
 * @param gender for the gender breakdowns of reporting
 */
public record PersonSelfSupporting(UUID caseId, String kommune, SelfSupportingKind kind, LocalDate date,
    Gender gender) {}
