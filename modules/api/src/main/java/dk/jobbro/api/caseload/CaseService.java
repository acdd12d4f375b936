package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The kommune's integration-programme cases. Every method works in the caller's kommune only: a case of another
 * kommune is reported as not found. Methods that change a case take the version the caller last saw and fail with
 * 412 when it is stale. Every call that touches a person's data writes the access log.
 */
public interface CaseService {

  /** Registers a person in the caller's kommune and starts the first-offer clock at the takeover date. */
  CaseView open(@NotNull @Valid NewCase newCase);

  /**
   * Opens the case for a handover the caller's kommune takes over, with the handed-over competence profile and the
   * rest of the handover's content (notes, Danish classes, job offer, health with consent, the household).
   * Exactly once per handover: a repeated call returns the case the first call opened.
   */
  CaseView openFromHandover(@NotNull UUID handoverId, @NotNull @Valid NewCase newCase,
      @NotNull @Valid CompetenceProfile profile, @NotNull HandedOver handedOver);

  /**
   * Registers a child handed over with its family as a dependant on the case {@code caseId} of the caller's kommune
   * (a parent's or another adult household member's). Once per child's handover: a repeat answers the case as it is.
   */
  CaseView addDependant(@NotNull UUID caseId, @NotNull @Valid NewDependant dependant);

  /** Reads one case; the CPR number comes masked unless {@code fullCpr} is asked for. */
  CaseView get(@NotNull UUID id, boolean fullCpr);

  /** The caller's kommune's cases, newest first, with masked CPR numbers. */
  Page<CaseView> list(@NotNull PageRequest page);

  /** Finds cases of the caller's kommune by name or full CPR number. */
  Page<CaseView> search(@NotNull @Valid CaseCommands.Search search, @NotNull PageRequest page);

  CaseView updatePerson(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.PersonDetails details);

  CaseView assign(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.Assignment assignment);

  CaseView agreeTakeover(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.AgreedTakeover takeover);

  CaseView signContract(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.ContractSigned contract);

  /** Records a job-readiness assessment; the history is kept. */
  AssessmentView assess(@NotNull UUID id, @NotNull @Valid CaseCommands.Assessment assessment);

  List<AssessmentView> assessments(@NotNull UUID id);

  CaseView extendProgramme(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.ProgrammeExtension ext);

  CaseView endProgramme(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.ProgrammeEnd end);

  /** Records self-support through job or education; this ends the programme. */
  CaseView selfSupporting(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.SelfSupport support);

  CaseView danishProgress(@NotNull UUID id, IfMatch version, @NotNull @Valid CaseCommands.DanishProgress progress);

  CaseView danishTestPassed(@NotNull UUID id, @NotNull @Valid DanishTestPassed test);
}
