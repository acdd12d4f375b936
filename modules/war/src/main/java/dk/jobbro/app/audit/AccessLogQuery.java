package dk.jobbro.app.audit;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.api.shared.validation.ValidCpr;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to find in the access log. Every criterion is optional and they combine: one person (by case id or CPR
 * number), one user, a period, an action. A CPR number travels in this body, never in a URL, and is logged only as
 * its keyed hash.
 *
 * @param caseId the person behind this case (the case must belong to the privacy officer's kommune)
 * @param cpr the person with this CPR number (DDMMYY-SSSS or ten digits); not together with caseId
 * @param user the subject (user id) of the one who accessed, as the access log names it
 * @param action only this action (READ, SEARCH, CREATE, UPDATE, MATCH, READ_MATCHED, AUDIT_READ, ...)
 * @param from the first day of the period (Danish time), inclusive
 * @param to the last day of the period (Danish time), inclusive
 * @param kommune auditors only: the kommune whose people or staff the rows concern (a privacy officer always sees
 *     their own kommune's)
 */
@Schema(name = "AccessLogQuery")
public record AccessLogQuery(UUID caseId, @ValidCpr String cpr, @Text(max = 200, required = false) String user,
    @Text(max = 60, required = false) String action, @DateRange LocalDate from, @DateRange LocalDate to,
    @WellFormedKommuneKode String kommune) {}
