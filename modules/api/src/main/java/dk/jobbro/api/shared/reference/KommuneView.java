package dk.jobbro.api.shared.reference;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A kommune as the API shows it.
 *
 * @param kode the 3-digit kommunekode
 * @param navn the official name
 * @param regionKode the region code (1081–1085)
 * @param regionNavn the region's name
 */
@Schema(name = "Kommune", description = "A kommune with its region")
public record KommuneView(@NotNull String kode, @NotNull String navn, int regionKode, @NotNull String regionNavn) {

  static KommuneView of(Kommune k) {
    return new KommuneView(k.kode(), k.navn(), k.region().kode(), k.region().navn());
  }
}
