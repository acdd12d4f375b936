package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The kommune's integration-programme cases. Every method works in the caller's kommune only; a case of another
 * kommune is reported as not found.
 */
public interface CaseService {

  /** Registers a person in the caller's kommune and starts the first-offer clock at the takeover date. */
  CaseView open(@NotNull @Valid NewCase newCase);

  /**
   * Reads one case; the CPR number comes masked unless {@code fullCpr} is asked for, and every read is written to the
   * access log.
   */
  CaseView get(@NotNull UUID id, boolean fullCpr);

  /** The caller's kommune's cases, newest first, with masked CPR numbers. */
  Page<CaseView> list(@NotNull PageRequest page);
}
