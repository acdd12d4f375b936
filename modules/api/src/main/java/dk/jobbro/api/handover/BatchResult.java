package dk.jobbro.api.handover;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a batch of handovers: one result per record, in the order sent.
 *
 * @param created how many handovers were created
 * @param duplicates how many records named a person with an open handover to the same kommune
 * @param rejected how many records were invalid
 * @param results one per record
 */
@Schema(name = "BatchResult")
public record BatchResult(int created, int duplicates, int rejected, @NotNull List<Item> results) {

  /** What happened to one record. */
  public enum Outcome { CREATED, DUPLICATE, REJECTED }

  /**
   * The result for one record.
   *
   * @param index the record's position, from 0
   * @param outcome created, duplicate or rejected
   * @param id the new handover's id (created)
   * @param duplicateOf the open handover the record duplicates (duplicate)
   * @param problem why the record was rejected, naming its fields (rejected)
   */
  @Schema(name = "BatchItem")
  public record Item(int index, @NotNull Outcome outcome, UUID id, UUID duplicateOf, Problem problem) {}
}
