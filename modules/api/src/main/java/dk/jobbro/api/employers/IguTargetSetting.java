package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param targetPupils the number of IGU pupils the ministry area aims for in the year (0 to 100,000) */
@Schema(name = "IguTargetSetting")
public record IguTargetSetting(@NotNull(message = "is required") Integer targetPupils) {}
