package dk.jobbro.api.reporting;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed in a report since it was published as a snapshot.
 *
 * @param snapshotId the snapshot
 * @param report the report's name
 * @param publishedCutOff the data cut-off of the snapshot
 * @param currentCutOff the data cut-off of the re-run
 * @param changes every cell whose published value differs
 */
@Schema(name = "SnapshotChanges")
public record SnapshotChanges(@NotNull UUID snapshotId, @NotNull String report, @NotNull Instant publishedCutOff,
    @NotNull Instant currentCutOff,
    @NotNull List<Change> changes) {

  /**
   * One changed cell.
   *
   * @param row the row's key (the kommunekode, or "total")
   * @param column the column
   * @param before the published value (null when it was suppressed)
   * @param after the value now (null when suppressed)
   */
  @Schema(name = "SnapshotChange")
  public record Change(@NotNull String row, @NotNull String column, Object before, Object after) {}
}
