package dk.jobbro.api.employers;

import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * IGU placements of the caller's kommune's people. Another kommune's placement is "not found"; changes need the
 * version the caller read (412 when stale).
 */
public interface IguPlacementService {

  /**
   * Starts an IGU: checks the person's eligibility on the start date with caseload's rule, the one-IGU rule and
   * the earlier-ordinary-job rule, and rejects with every failed reason at once (422); then gives the case its IGU
   * offer.
   */
  IguPlacementView start(@NotNull @Valid NewIguPlacement placement);

  IguPlacementView get(@NotNull UUID id);

  Page<IguPlacementView> list(IguStatus status, @NotNull PageRequest page);

  IguPlacementView registerVitas(@NotNull UUID id, IfMatch version, @NotNull @Valid VitasRegistration registration);

  IguPlacementView terminate(@NotNull UUID id, IfMatch version, @NotNull @Valid IguTermination termination);

  IguPlacementView complete(@NotNull UUID id, IfMatch version, @NotNull @Valid IguCompletion completion);

  IguPlacementView updateBonus(@NotNull UUID id, IfMatch version, @NotNull BonusMilestoneKind kind,
      @NotNull @Valid BonusUpdate update);
}
