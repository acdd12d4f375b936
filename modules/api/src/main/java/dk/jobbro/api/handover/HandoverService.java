package dk.jobbro.api.handover;

import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Handovers from the asylum phase to the receiving kommune. A handover sender sees only its own handovers, a
 * caseworker only those addressed to its kommune; anything else is "not found". Every read of a handover's personal
 * data writes the access log.
 */
public interface HandoverService {

  /**
   * Sends a handover. (A retry under an Idempotency-Key never reaches here twice: the war's {@code @Idempotent}
   * plumbing answers it.) A person another sender already handed over to the kommune gets a handover all the same:
   * the sender is told nothing of the other one, and the kommune sees the two as possible duplicates.
   *
   * @throws DuplicateHandoverException when the same sender already has a handover of the person in the receiving
   *     kommune (neither withdrawn nor merged)
   */
  HandoverView submit(@NotNull @Valid HandoverSubmission submission);

  /** The caller's handovers: a caseworker's kommune's inbox, or a sender's own handovers; newest first. */
  Page<HandoverSummary> list(HandoverStatus status, @NotNull PageRequest page);

  /** Reads one handover; the receiving kommune's first read acknowledges it (RECEIVED). */
  HandoverView get(@NotNull UUID id);

  /** The sender amends the handover (a complete new version); the version read must still be current. */
  HandoverView amend(@NotNull UUID id, IfMatch version, @NotNull @Valid HandoverSubmission submission);

  /** The sender withdraws the handover before takeover. */
  HandoverView withdraw(@NotNull UUID id);

  /** The receiving kommune asks the sender for more information. */
  HandoverView requestInformation(@NotNull UUID id, @NotNull @Valid InfoRequest request);

  /** Every kept version, oldest first. */
  List<HandoverRevisionView> revisions(@NotNull UUID id);

  /** Who supplied each field's current value, and when. */
  List<FieldProvenance> provenance(@NotNull UUID id);

  /**
   * The receiving kommune merges the open handover {@code id} into {@code keptId}, another handover of the same person
   * (normally from another sender) that it keeps: {@code id} ends as MERGED. Repeating the same merge answers the same.
   */
  HandoverView mergeInto(@NotNull UUID id, @NotNull UUID keptId);

  /**
   * The receiving kommune takes over: the handover becomes TAKEN_OVER and a case is opened in caseload, in one
   * transaction and exactly once (a repeated takeover returns the same case).
   */
  TakeoverResult takeover(@NotNull UUID id, @NotNull @Valid TakeoverRequest request);
}
