package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param endDate the agreement's last day
 * @param reason why it ended
 */
@Schema(name = "PartnershipEnd")
public record PartnershipEnd(@NotNull(message = "is required") @DateRange LocalDate endDate,
    @Text(max = 500, required = false, multiline = true) String reason) {}
