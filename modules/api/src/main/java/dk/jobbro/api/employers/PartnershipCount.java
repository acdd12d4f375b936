package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's kommune's partnership agreements in numbers.
 *
 * @param kommune the kommune
 * @param active agreements in force
 * @param ended agreements ended
 * @param iguPlacesPerYear IGU places per year committed under the active agreements
 * @param virksomhedspraktikPlacesPerYear virksomhedspraktik places per year under the active agreements
 * @param loentilskudPlacesPerYear løntilskud places per year under the active agreements
 */
@Schema(name = "PartnershipCount")
public record PartnershipCount(@NotNull String kommune, long active, long ended, long iguPlacesPerYear,
    long virksomhedspraktikPlacesPerYear, long loentilskudPlacesPerYear) {}
