package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A period in which the person received a benefit.
 *
 * @param id the period id
 * @param kind the legal type
 * @param label the benefit's name on the start date (integrationsydelse, selvforsørgelses- og hjemrejseydelse, ...)
 * @param startDate first day
 * @param endDate last day, if ended
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "BenefitPeriod")
public record BenefitPeriodView(@NotNull UUID id, @NotNull BenefitKind kind, @NotNull String label,
    @NotNull LocalDate startDate, LocalDate endDate,
    long version) {}
