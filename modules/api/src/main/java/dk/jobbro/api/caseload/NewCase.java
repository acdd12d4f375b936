package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.api.shared.validation.ValidCpr;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person to register in the integration programme.
 *
 * @param cpr the CPR number, DDMMYY-SSSS or 10 digits
 * @param name the person's full name
 * @param residenceBasis the legal basis of residence
 * @param takeoverDate the date the kommune took over responsibility; starts the first-offer clock
 * @param kommune optional; when given it must be the caller's own kommune
 */
@Schema(name = "NewCase", description = "A person to register in the integration programme")
public record NewCase(
    @NotNull(message = "is required") @ValidCpr String cpr,
    @Text(max = 200) String name,
    @NotNull(message = "is required") ResidenceBasis residenceBasis,
    @NotNull(message = "is required") LocalDate takeoverDate,
    @WellFormedKommuneKode String kommune) {}
