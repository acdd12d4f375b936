package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.ValidCpr;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person to register in the integration programme.
 *
 * @param cpr the CPR number, DDMMYY-SSSS or 10 digits
 * @param name the person's full name
 * @param residenceBasis the legal basis of residence
 * @param takeoverDate the date the kommune took over responsibility; starts the first-offer clock
 * @param kommune optional; when given it must be the caller's own kommune
 */
public record NewCase(
    @NotNull(message = "is required") @ValidCpr String cpr,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @NotNull(message = "is required") ResidenceBasis residenceBasis,
    @NotNull(message = "is required") LocalDate takeoverDate,
    @WellFormedKommuneKode String kommune) {}
