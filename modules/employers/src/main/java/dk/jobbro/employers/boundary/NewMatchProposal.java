package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.PayBasis;
import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Decimals;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The placement the requesting consultant proposes after an accepted match request; its type is the vacancy's.
 *
 * @param startDate first day
 * @param endDate last day, if known (ignored for an IGU, which runs two years)
 * @param hoursPerWeek planned hours per week (an IGU needs at least 25)
 * @param payBasis for an IGU: EGU or ELEV (required then)
 * @param signedDate for an IGU: when the agreement was signed (required then)
 */
@Schema(name = "NewMatchProposal")
public record NewMatchProposal(
    @NotNull(message = "is required") @DateRange LocalDate startDate,
    @DateRange LocalDate endDate,
    @NotNull(message = "is required") @Decimals(value = 1, min = 0.1, max = 60) Double hoursPerWeek,
    PayBasis payBasis,
    @DateRange LocalDate signedDate) {}
