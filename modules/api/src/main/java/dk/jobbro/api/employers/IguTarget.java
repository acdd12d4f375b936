package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ministry area's IGU target for a year against the placements at STATE employers of that area.
 *
 * @param ministryArea the ministry area code
 * @param year the target year
 * @param target IGU pupils aimed for (null when no target was set)
 * @param actual IGU placements active at the date
 */
@Schema(name = "IguTarget")
public record IguTarget(@NotNull String ministryArea, int year, Integer target, long actual) {}
