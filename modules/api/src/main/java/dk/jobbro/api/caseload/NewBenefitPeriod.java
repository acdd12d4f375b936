package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.DateRange;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A benefit period to register.
 *
 * @param kind the legal type
 * @param startDate first day
 * @param endDate last day, if known
 */
@Schema(name = "NewBenefitPeriod")
public record NewBenefitPeriod(
    @NotNull(message = "is required") BenefitKind kind,
    @NotNull(message = "is required") @DateRange LocalDate startDate,
    @DateRange LocalDate endDate) {}
