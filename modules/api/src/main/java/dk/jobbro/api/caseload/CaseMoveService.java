package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.concurrency.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Moving a case between kommuner: the holding kommune offers it (request) or the receiving kommune claims it (claim),
 * and the other kommune accepts or declines.
 */
public interface CaseMoveService {

  MoveView request(@NotNull UUID caseId, @NotNull @Valid CaseCommands.MoveRequest request);

  /** Claims the person's active case in another kommune for the caller's kommune; that kommune decides. */
  MoveView claim(@NotNull @Valid CaseCommands.MoveClaim claim);

  /** The moves addressed to or sent from the caller's kommune that are still open. */
  List<MoveView> open();

  MoveView accept(@NotNull UUID moveId, IfMatch version);

  MoveView decline(@NotNull UUID moveId, IfMatch version);
}
