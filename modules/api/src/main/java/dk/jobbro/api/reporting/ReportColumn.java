package dk.jobbro.api.reporting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A column of a report.
 *
 * @param name the key in each row (and the CSV header)
 * @param label a human label
 * @param kind DIMENSION (kommune, year...), PERSONS (a count of persons: small values are suppressed), COUNT (a
 *     count that singles nobody out: shown as is), SHARE (a share in percent of a row's persons; hidden with them),
 *     RANK, CHANGE (a net change between two counts, as the ministry publishes it)
 */
@Schema(name = "ReportColumn")
public record ReportColumn(@NotNull String name, @NotNull String label, @NotNull Kind kind) {

  /** What a column holds, which decides whether it is suppressed. */
  @Schema(name = "ReportColumnKind")
  public enum Kind {
    DIMENSION, PERSONS, COUNT, SHARE, RANK, CHANGE
  }

  public static ReportColumn dimension(String name, String label) {
    return new ReportColumn(name, label, Kind.DIMENSION);
  }

  public static ReportColumn persons(String name, String label) {
    return new ReportColumn(name, label, Kind.PERSONS);
  }
}
