package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.DateRange;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param endDate the offer's last day */
@Schema(name = "OfferEnd")
public record OfferEnd(@NotNull(message = "is required") @DateRange LocalDate endDate) {}
