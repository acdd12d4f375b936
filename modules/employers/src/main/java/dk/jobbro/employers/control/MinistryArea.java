package dk.jobbro.employers.control;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One ministry area of the dated reference list {@code employers.ministry_area}.
 *
 * @param code the code STATE employers and IGU targets use, e.g. FORSVARSMINISTERIET
 * @param name the ministry's official Danish name in the period
 * @param validFrom the first day in force (2015-06-28 means: at least since then, where the list starts)
 * @param validTo the first day no longer in force; null while in force
 * @param successor where the area's tasks went when it ended: the new name, or the ministry that took over
 * @param changeNote what happened when it ended (renamed, merged, split and where the rest went)
 */
@Schema(name = "MinistryArea")
public record MinistryArea(@NotNull String code, @NotNull String name, @NotNull LocalDate validFrom,
    LocalDate validTo, String successor, String changeNote) {

  /** Whether the area is in force on the date. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
  }

  /** Whether the area is in force on at least one day from {@code first} to {@code last}. */
  public boolean inForceDuring(LocalDate first, LocalDate last) {
    return !last.isBefore(validFrom) && (validTo == null || first.isBefore(validTo));
  }
}
