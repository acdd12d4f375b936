package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An IGU agreement between a person of the caller's kommune and a company.
 *
 * @param caseId the person's case in the caller's kommune
 * @param employerId the company
 * @param startDate first day of employment
 * @param plannedHoursPerWeek planned average practical-work hours per week; at least 25, at most 60
 * @param payBasis EGU or ELEV rates of the collective agreement
 * @param signedDate when the IGU agreement was signed
 * @param vitasRegisteredDate when the agreement and education plan were registered in VITAS, if yet
 * @param lastOrdinaryEmploymentEnd the last day of any earlier ordinary (unsubsidised) job of the person at this
 *     company, if there was one
 */
@Schema(name = "NewIguPlacement")
public record NewIguPlacement(
    @NotNull(message = "is required") UUID caseId,
    @NotNull(message = "is required") UUID employerId,
    @NotNull(message = "is required") LocalDate startDate,
    @NotNull(message = "is required") Double plannedHoursPerWeek,
    @NotNull(message = "is required") PayBasis payBasis,
    @NotNull(message = "is required") LocalDate signedDate,
    LocalDate vitasRegisteredDate,
    LocalDate lastOrdinaryEmploymentEnd) {}
