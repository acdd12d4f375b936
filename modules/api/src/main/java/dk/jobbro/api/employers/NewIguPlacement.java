package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Decimals;
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
@Schema(name = "NewIguPlacement", example = """
    {"caseId": "4f1c2b9e-3c1a-4d7e-9a51-2b8c0e6f7d10", "employerId": "9b2e7c41-0d5f-4a3b-8e6c-1f2a3b4c5d6e",
     "startDate": "2026-12-07", "plannedHoursPerWeek": 30, "payBasis": "EGU", "signedDate": "2026-11-30"}""")
public record NewIguPlacement(
    @NotNull(message = "is required") UUID caseId,
    @NotNull(message = "is required") UUID employerId,
    @NotNull(message = "is required") @DateRange LocalDate startDate,
    @NotNull(message = "is required") @Decimals(value = 1, min = 0.1, max = 60) Double plannedHoursPerWeek,
    @NotNull(message = "is required") PayBasis payBasis,
    @NotNull(message = "is required") @DateRange LocalDate signedDate,
    @DateRange LocalDate vitasRegisteredDate,
    @DateRange LocalDate lastOrdinaryEmploymentEnd) {}
