package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Marks a bonus milestone claimed or paid.
 *
 * @param status CLAIMED or PAID
 * @param date when it was claimed or paid
 */
@Schema(name = "BonusUpdate")
public record BonusUpdate(@NotNull(message = "is required") BonusStatus status,
    @NotNull(message = "is required") @DateRange LocalDate date) {}
