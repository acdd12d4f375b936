package dk.jobbro.api.caseload;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When the first company-oriented offer (virksomhedspraktik or løntilskud) is due.
 *
 * @param targetDate takeover + 14 days: the target
 * @param latestDate takeover + 1 calendar month: the legal latest (31 January gives 28/29 February)
 */
@Schema(name = "FirstOfferDeadline", description = "When the first company-oriented offer is due")
public record FirstOfferDeadline(LocalDate targetDate, LocalDate latestDate) {}
