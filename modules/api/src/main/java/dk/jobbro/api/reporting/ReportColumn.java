package dk.jobbro.api.reporting;

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
public record ReportColumn(String name, String label, Kind kind) {

  /** What a column holds, which decides whether it is suppressed. */
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
