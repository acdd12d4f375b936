package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CaseService;
import dk.jobbro.api.caseload.CaseView;
import dk.jobbro.api.caseload.NewCase;
import dk.jobbro.api.caseload.events.CaseOpened;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.FirstOfferRule;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** Registers and reads cases in the caller's kommune, writing the access log as it goes. */
@ApplicationScoped
@Transactional
public class DefaultCaseService implements CaseService {

  static final String RESOURCE = "case";

  @Inject
  CaseRepository cases;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  KommuneRegistry kommuner;

  @Inject
  Event<CaseOpened> caseOpened;

  @Override
  public CaseView open(NewCase newCase) {
    KommuneKode kommune = caller.requireKommune();
    if (newCase.kommune() != null) {
      KommuneKode stated = KommuneKode.parse(newCase.kommune());
      if (!kommuner.isKnown(stated)) {
        throw ProblemException.invalidField("kommune", "is not a known kommunekode");
      }
      if (!stated.equals(kommune)) {
        throw ProblemException.forbidden("You can register cases only in your own kommune.");
      }
    }
    if (newCase.takeoverDate().isAfter(LocalDate.now().plusYears(1))) {
      throw ProblemException.invalidField("takeoverDate", "must not be more than one year ahead");
    }
    Cpr cpr = Cpr.parse(newCase.cpr());
    if (cases.existsInKommune(kommune, cpr)) {
      throw ProblemException.conflict("This person already has a case in your kommune.");
    }
    CaseFile caseFile = new CaseFile(kommune, cpr, newCase.name(), newCase.residenceBasis(),
        newCase.takeoverDate(), caller.subject());
    try {
      cases.add(caseFile);
    } catch (PersistenceException raceWithAnotherRegistration) {
      // the unique index caught a registration that committed between the check above and this insert
      throw ProblemException.conflict("This person already has a case in your kommune.");
    }
    accessLog.record("CREATE", RESOURCE, caseFile.id());
    caseOpened.fire(new CaseOpened(caseFile.id(), kommune.value(), caseFile.takeoverDate(), caseFile.registeredAt()));
    return view(caseFile, false);
  }

  @Override
  public CaseView get(UUID id, boolean fullCpr) {
    CaseFile caseFile = cases.findInKommune(id, caller.requireKommune())
        .orElseThrow(() -> ProblemException.notFound("The case"));
    accessLog.record(fullCpr ? "READ_FULL_CPR" : "READ", RESOURCE, id);
    return view(caseFile, fullCpr);
  }

  @Override
  public Page<CaseView> list(PageRequest page) {
    KommuneKode kommune = caller.requireKommune();
    var items = cases.page(kommune, page).stream().map(c -> view(c, false)).toList();
    accessLog.recordSearch("LIST", RESOURCE, null);
    return new Page<>(items, page.page(), page.size(), cases.count(kommune));
  }

  private static CaseView view(CaseFile c, boolean fullCpr) {
    Cpr cpr = c.cpr();
    return new CaseView(c.id(), c.kommune().value(), fullCpr ? cpr.formatted() : cpr.masked(), !fullCpr,
        c.fullName(), c.gender(), c.birthDate(), c.residenceBasis(), c.takeoverDate(),
        FirstOfferRule.forTakeover(c.takeoverDate()), c.registeredAt(), c.version());
  }
}
