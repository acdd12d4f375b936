package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Puts a task aside.
 *
 * @param until the day the task is open again; after today
 * @param reason why it waits (for example "the person is ill until then")
 */
@Schema(name = "TaskSnooze")
public record TaskSnooze(@NotNull(message = "is required") @DateRange LocalDate until,
    @Text(max = 500, multiline = true) String reason) {}
