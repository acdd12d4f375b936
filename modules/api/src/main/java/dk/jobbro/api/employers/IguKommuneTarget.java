package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ministry area's IGU target for a year in one kommune, against the IGU placements that kommune's jobcentre made at
 * the area's STATE employers.
 *
 * @param ministryArea the ministry area code
 * @param year the target year
 * @param kommune the 3-digit kommunekode
 * @param navn the kommune's name
 * @param target IGU pupils aimed for in the kommune (null when the kommune has placements but no target)
 * @param actual IGU placements running at the date
 */
@Schema(name = "IguKommuneTarget")
public record IguKommuneTarget(@NotNull String ministryArea, int year, @NotNull String kommune, @NotNull String navn,
    Integer target,
    long actual) {}
