package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Decimals;
import dk.jobbro.api.shared.validation.ValidCvr;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer to add to a case.
 *
 * @param type the offer type
 * @param startDate first day
 * @param endDate last day, if known
 * @param hoursPerWeek planned hours per week (above 0, at most 60)
 * @param employerCvr the employer's CVR: required for virksomhedspraktik, løntilskud and IGU
 */
@Schema(name = "NewOffer")
public record NewOffer(
    @NotNull(message = "is required") OfferType type,
    @NotNull(message = "is required") @DateRange LocalDate startDate,
    @DateRange LocalDate endDate,
    @Decimals(value = 1, min = 0.1, max = 60) Double hoursPerWeek,
    @ValidCvr String employerCvr) {}
