package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.DateRange;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param registeredDate when the agreement and education plan were registered in VITAS */
@Schema(name = "VitasRegistration")
public record VitasRegistration(@NotNull(message = "is required") @DateRange LocalDate registeredDate) {}
