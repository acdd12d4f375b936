package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Danish test the person passed.
 *
 * @param test e.g. "Modultest DU2 modul 3" or "Prøve i Dansk 2"
 * @param passedOn the date
 */
@Schema(name = "DanishTestPassed")
public record DanishTestPassed(@Text(max = 80) String test,
    @NotNull(message = "is required") @DateRange LocalDate passedOn) {}
