package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partnership agreement the caller's kommune signed with a company.
 *
 * @param employerId the company
 * @param signedDate when it was signed
 * @param commitments places per year and occupations
 */
@Schema(name = "NewPartnership")
public record NewPartnership(
    @NotNull(message = "is required") UUID employerId,
    @NotNull(message = "is required") @DateRange LocalDate signedDate,
    @NotNull(message = "is required") @Valid Commitments commitments) {}
