package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CaseCommands;
import dk.jobbro.api.caseload.CaseMoveService;
import dk.jobbro.api.caseload.MoveView;
import dk.jobbro.api.caseload.events.CaseMoved;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.audit.DataSubject;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.CaseViews;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseMove;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves a case to another kommune. Either the holding kommune offers it (the person moves away) or the receiving
 * kommune claims it (the person turns up there while the programme runs elsewhere, and registration was refused);
 * the other kommune sees the person's name, accepts or declines. On acceptance the case, with its whole history,
 * belongs to the receiving kommune and disappears from the other's view.
 */
@ApplicationScoped
@Transactional
public class DefaultCaseMoveService implements CaseMoveService {

  static final String RESOURCE = "case-move";

  @Inject
  CaseRepository cases;

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  KommuneRegistry kommuner;

  @Inject
  Event<CaseMoved> caseMoved;

  @Override
  public MoveView request(UUID caseId, CaseCommands.MoveRequest request) {
    CaseFile c = lookup.visible(caseId, "MOVE_REQUEST");
    KommuneKode to = KommuneKode.parse(request.toKommune());
    if (!kommuner.isKnown(to)) {
      throw ProblemException.invalidField("toKommune", "is not a known kommunekode");
    }
    if (to.equals(c.kommune())) {
      throw ProblemException.invalidField("toKommune", "is the kommune that already holds the case");
    }
    Checks.asField("caseId", c::requireActive);
    if (cases.hasOpenMove(c.id())) {
      throw ProblemException.conflict("A move of this case is already waiting for an answer.");
    }
    CaseMove move = new CaseMove(c.id(), c.kommune().value(), to.value(), c.kommune().value(), caller.subject());
    cases.add(move);
    cases.flush();
    return CaseViews.move(move, c.fullName());
  }

  @Override
  public MoveView claim(CaseCommands.MoveClaim claim) {
    KommuneKode kommune = caller.requireKommune();
    Cpr cpr = Cpr.parse(claim.cpr());
    CaseFile c = cases.activeCase(cpr).orElseThrow(() -> ProblemException.invalidField("cpr",
        "has no active integration programme in any kommune: register the case with POST /api/v1/cases"));
    if (c.kommune().equals(kommune)) {
      throw CaseLookup.duplicateOf(c.id());
    }
    if (cases.hasOpenMove(c.id())) {
      throw ProblemException.conflict("A move of this person's case is already waiting for an answer.");
    }
    CaseMove move = new CaseMove(c.id(), c.kommune().value(), kommune.value(), kommune.value(), caller.subject());
    cases.add(move);
    accessLog.record("MOVE_CLAIM", CaseLookup.RESOURCE, c.id(), c.dataSubject());
    cases.flush();
    return CaseViews.move(move, c.fullName());
  }

  @Override
  public List<MoveView> open() {
    KommuneKode kommune = caller.requireKommune();
    List<CaseMove> open = cases.openMoves(kommune);
    Map<UUID, String> names = cases.fullNames(open.stream().map(CaseMove::caseId).toList());
    return open.stream().map(m -> {
      accessLog.recordCases("READ", RESOURCE, m.id(), List.of(m.caseId()));
      return CaseViews.move(m, names.get(m.caseId()));
    }).toList();
  }

  @Override
  public MoveView accept(UUID moveId, IfMatch version) {
    CaseMove move = addressedToCaller(moveId, version);
    CaseFile c = cases.find(move.caseId()).orElseThrow(() -> ProblemException.notFound("The move"));
    KommuneKode to = KommuneKode.parse(move.toKommune());
    cases.idInKommune(to, c.cpr()).ifPresent(existing -> {
      if (to.equals(caller.requireKommune())) {
        throw CaseLookup.duplicateOf(existing);
      }
      throw ProblemException.conflict("The receiving kommune holds an earlier case for this person, so the case "
          + "cannot move there; decline the claim and tell the receiving kommune.");
    });
    Checks.asField("moveId", () -> move.decide(true, caller.subject()));
    Checks.asField("moveId", () -> c.moveTo(to));
    // the person belonged to both kommuner in this step: both officers see it
    accessLog.record("MOVE_ACCEPT", CaseLookup.RESOURCE, c.id(),
        List.of(new DataSubject(c.cpr().value(), move.fromKommune()), c.dataSubject()));
    cases.flush();
    caseMoved.fire(new CaseMoved(c.id(), move.fromKommune(), move.toKommune(), Instant.now()));
    return CaseViews.move(move, c.fullName());
  }

  @Override
  public MoveView decline(UUID moveId, IfMatch version) {
    CaseMove move = addressedToCaller(moveId, version);
    Checks.asField("moveId", () -> move.decide(false, caller.subject()));
    accessLog.recordCases("MOVE_DECLINE", RESOURCE, move.id(), List.of(move.caseId()));
    cases.flush();
    return CaseViews.move(move, null);
  }

  /** Only the kommune that did not ask decides; to anybody else the move does not exist. */
  private CaseMove addressedToCaller(UUID moveId, IfMatch version) {
    KommuneKode kommune = caller.requireKommune();
    CaseMove move = cases.move(moveId).filter(m -> m.decidingKommune().equals(kommune.value()))
        .orElseThrow(() -> ProblemException.notFound("The move"));
    cases.lockForDecision(move);
    Versions.require(move.version(), version);
    return move;
  }
}
