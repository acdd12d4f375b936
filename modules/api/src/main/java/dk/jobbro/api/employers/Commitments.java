package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.KnownOccupationCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the company commits to per year under a partnership agreement. Counts are checked in code (0 to 10,000).
 *
 * @param virksomhedspraktikPlaces virksomhedspraktik places per year
 * @param loentilskudPlaces løntilskud places per year
 * @param iguPlaces IGU places per year
 * @param occupations the occupations the places are in, as ISCO-08/DISCO-08 codes
 */
@Schema(name = "PartnershipCommitments")
public record Commitments(
    Integer virksomhedspraktikPlaces,
    Integer loentilskudPlaces,
    Integer iguPlaces,
    List<@NotNull(message = "must not be null")
        @Pattern(regexp = "\\d{1,6}", message = "must be an ISCO-08/DISCO-08 code of 1 to 6 digits")
        @KnownOccupationCode String>
        occupations) {

  public List<String> occupationsOrEmpty() {
    return occupations == null ? List.of() : occupations;
  }
}
