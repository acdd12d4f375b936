package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An IGU stopped before its end.
 *
 * @param endDate the last day of employment
 * @param reason why, e.g. ORDINARY_JOB, EDUCATION, DISMISSED, RESIGNED, OTHER
 * @param note free text
 */
@Schema(name = "IguTermination")
public record IguTermination(
    @NotNull(message = "is required") @DateRange LocalDate endDate,
    @NotNull(message = "is required") IguEndReason reason,
    @Text(max = 1000, required = false, multiline = true) String note) {}
