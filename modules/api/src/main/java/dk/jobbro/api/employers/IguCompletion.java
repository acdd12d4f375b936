package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param completedDate the last day of the completed forløb; not before the planned end (start + 24 months) */
@Schema(name = "IguCompletion")
public record IguCompletion(@NotNull(message = "is required") @DateRange LocalDate completedDate) {}
