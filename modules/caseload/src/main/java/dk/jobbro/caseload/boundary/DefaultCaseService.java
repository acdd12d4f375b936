package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.AssessmentView;
import dk.jobbro.api.caseload.CaseCommands;
import dk.jobbro.api.caseload.CaseService;
import dk.jobbro.api.caseload.CaseView;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.DanishTestPassed;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.HandedOver;
import dk.jobbro.api.caseload.NewCase;
import dk.jobbro.api.caseload.NewDependant;
import dk.jobbro.api.caseload.ProgrammeAge;
import dk.jobbro.api.caseload.events.CaseAssigned;
import dk.jobbro.api.caseload.events.CaseClosed;
import dk.jobbro.api.caseload.events.CaseOpened;
import dk.jobbro.api.caseload.events.CaseUpdated;
import dk.jobbro.api.caseload.events.KontraktSigned;
import dk.jobbro.api.caseload.events.PersonSelfSupporting;
import dk.jobbro.api.caseload.events.ProgrammeExtended;
import dk.jobbro.api.caseload.events.TakeoverAgreed;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.LanguageCode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.CaseViews;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.caseload.control.TakeoverRule;
import dk.jobbro.caseload.entity.CaseDependant;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseHandoverContent;
import dk.jobbro.caseload.entity.CaseLanguage;
import dk.jobbro.caseload.entity.DanishTest;
import dk.jobbro.caseload.entity.JobReadinessAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Registers, reads and changes cases in the caller's kommune, writing the access log as it goes. */
@ApplicationScoped
@Transactional
public class DefaultCaseService implements CaseService {

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
  Event<CaseOpened> caseOpened;

  @Inject
  Event<CaseClosed> caseClosed;

  @Inject
  Event<PersonSelfSupporting> selfSupporting;

  @Inject
  Event<KontraktSigned> kontraktSigned;

  @Inject
  Event<CaseAssigned> caseAssigned;

  @Inject
  Event<TakeoverAgreed> takeoverAgreed;

  @Inject
  Event<ProgrammeExtended> programmeExtended;

  @Inject
  Event<CaseUpdated> caseUpdated;

  @Override
  public CaseView open(NewCase newCase) {
    return register(newCase, CompetenceProfile.none(), HandedOver.nothing(), null);
  }

  @Override
  public CaseView openFromHandover(UUID handoverId, NewCase newCase, CompetenceProfile profile,
      HandedOver handedOver) {
    KommuneKode kommune = caller.requireKommune();
    var existing = cases.findByHandover(handoverId);
    if (existing.isPresent()) {
      if (!existing.get().kommune().equals(kommune)) {
        throw ProblemException.conflict("This handover was taken over by another kommune.");
      }
      accessLog.record("READ", CaseLookup.RESOURCE, existing.get().id(), existing.get().dataSubject());
      return lookup.view(existing.get(), false);
    }
    return register(newCase, profile, handedOver, handoverId);
  }

  @Override
  public CaseView addDependant(UUID caseId, NewDependant dependant) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    if (cases.dependantFrom(dependant.handoverId()).isEmpty()) {
      if (ProgrammeAge.reachedOn(dependant.birthDate(), dependant.from())) {
        throw ProblemException.invalidField("birthDate", "an adult gets a case of their own, not a dependant's place");
      }
      cases.add(new CaseDependant(c.id(), dependant.handoverId(), dependant.name(), dependant.birthDate(),
          dependant.from(), java.time.Instant.now()));
      cases.flush();
      caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.DEPENDANTS));
    }
    return lookup.view(c, false);
  }

  private CaseView register(NewCase newCase, CompetenceProfile profile, HandedOver handedOver, UUID handoverId) {
    KommuneKode kommune = caller.requireKommune();
    requireOwnKommune(newCase.kommune(), kommune);
    Cpr cpr = Cpr.parse(newCase.cpr());
    LocalDate expected = expectedTakeover(newCase);
    LocalDate takeover = newCase.takeoverDate() != null ? newCase.takeoverDate() : expected;
    if (takeover == null) {
      throw ProblemException.invalidField("takeoverDate", "is required unless visitationDecisionDate (refugees) or "
          + "cprRegistrationDate (quota refugees, family-reunified) lets Jobbro compute it");
    }
    if (expected != null && takeover.isAfter(expected)) {
      throw ProblemException.invalidField("takeoverDate",
          "an agreed takeover date cannot be later than the computed " + expected);
    }
    if (cpr.birthDate().isAfter(lookup.today())) {
      throw ProblemException.invalidField("cpr", "its birth date is in the future");
    }
    checkTakeoverDate(cpr.birthDate(), takeover, "cpr");
    cases.idInKommune(kommune, cpr).ifPresent(existing -> {
      throw CaseLookup.duplicateOf(existing);
    });
    cases.activeCase(cpr).ifPresent(elsewhere -> {
      accessLog.recordRefused("REGISTER_REFUSED_ACTIVE_ELSEWHERE", CaseLookup.RESOURCE, elsewhere.id(),
          elsewhere.dataSubject());
      throw CaseLookup.activeElsewhere(elsewhere.kommune());
    });
    CaseFile caseFile = new CaseFile(kommune, cpr, newCase.name(), newCase.residenceBasis(), takeover,
        expected != null && !takeover.equals(expected), expected, caller.subject());
    caseFile.recordResidenceDates(newCase.residencePermitDate(), newCase.visitationDecisionDate(),
        newCase.cprRegistrationDate());
    caseFile.describePerson(newCase.name(), newCase.countryOfOrigin(), languages(newCase.languages()),
        newCase.residencePermitDate());
    caseFile.attachCompetences(profile, handoverId);
    caseFile.joinHousehold(handedOver.householdId());
    // a request that raced past the check above is refused by the unique index; CaseloadUniqueKeys names the
    // duplicate in the 409 (flushing here, so nothing below runs for it)
    cases.add(caseFile);
    cases.flush();
    if (CaseHandoverContent.worthKeeping(handedOver)) {
      cases.add(new CaseHandoverContent(caseFile.id(), handedOver));
      cases.flush();
    }
    accessLog.record("CREATE", CaseLookup.RESOURCE, caseFile.id(), caseFile.dataSubject());
    caseOpened.fire(new CaseOpened(caseFile.id(), kommune.value(), caseFile.takeoverDate(), caseFile.registeredAt()));
    return lookup.viewOfNew(caseFile);
  }

  // A read changes nothing, so it needs no transaction: outside one, its queries run on their own and its access-log
  // rows are group-committed before the answer leaves (CaseLookup#read). Called inside one (a takeover that finds
  // its case), it joins it, and the rows commit with it.
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CaseView get(UUID id, boolean fullCpr) {
    return lookup.read(id, fullCpr ? "READ_FULL_CPR" : "READ", fullCpr);
  }

  @Override
  public Page<CaseView> list(PageRequest page) {
    KommuneKode kommune = caller.requireKommune();
    var result = new CaseRepository.SearchResult(cases.page(kommune, page), cases.count(kommune));
    accessLog.recordSearch("LIST", CaseLookup.RESOURCE, null, shown(result));
    return views(result, page);
  }

  @Override
  public Page<CaseView> search(CaseCommands.Search search, PageRequest page) {
    if ((search.name() == null || search.name().isBlank()) && search.cpr() == null) {
      throw ProblemException.invalid(List.of(
          new dk.jobbro.api.shared.problem.Problem.Violation("name", "give a name or a CPR number to search for"),
          new dk.jobbro.api.shared.problem.Problem.Violation("cpr", "give a name or a CPR number to search for")));
    }
    KommuneKode kommune = caller.requireKommune();
    String name = search.name() == null || search.name().isBlank() ? null : search.name();
    Cpr cpr = search.cpr() == null ? null : Cpr.parse(search.cpr());
    var result = cases.search(kommune, name, cpr, page);
    accessLog.recordSearch("SEARCH", CaseLookup.RESOURCE,
        "name=" + (name == null ? "" : name.strip()) + ";cpr=" + (cpr == null ? "" : cpr.value()), shown(result));
    return views(result, page);
  }

  @Override
  public CaseView updatePerson(UUID id, IfMatch version, CaseCommands.PersonDetails details) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    c.describePerson(details.name(), details.countryOfOrigin(), languages(details.languages()),
        details.residencePermitDate());
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.PERSON_DETAILS));
    return saved(c);
  }

  @Override
  public CaseView assign(UUID id, IfMatch version, CaseCommands.Assignment assignment) {
    CaseFile c = lookup.forChange(id, version, "ASSIGN");
    c.assignTo(assignment.caseworker());
    caseAssigned.fire(new CaseAssigned(c.id(), c.kommune().value(), c.assignedTo()));
    return saved(c);
  }

  @Override
  public CaseView agreeTakeover(UUID id, IfMatch version, CaseCommands.AgreedTakeover takeover) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    checkTakeoverDate(c.birthDate(), takeover.takeoverDate(), "takeoverDate");
    Checks.asField("takeoverDate", () -> c.agreeTakeover(takeover.takeoverDate()));
    takeoverAgreed.fire(new TakeoverAgreed(c.id(), c.kommune().value(), c.takeoverDate()));
    return saved(c);
  }

  /**
   * What registration and a later agreed takeover both require of the takeover date: at most a year ahead, and the
   * person 18 or over on it. A birth date after the takeover date is the same kind of error, reported under
   * {@code ageField}: "cpr" at registration (the CPR number carries the birth date), "takeoverDate" when only the
   * date changes.
   */
  private void checkTakeoverDate(LocalDate birthDate, LocalDate takeover, String ageField) {
    if (takeover.isAfter(lookup.today().plusYears(1))) {
      throw ProblemException.invalidField("takeoverDate", "must not be more than one year ahead");
    }
    if (takeover.isBefore(birthDate)) {
      throw ProblemException.invalidField(ageField, "the takeover date is before the person's birth date");
    }
    if (!ProgrammeAge.reachedOn(birthDate, takeover)) {
      throw ProblemException.invalidField(ageField, "the person is under 18 on the takeover date; the programme is "
          + "for persons aged 18 or over");
    }
  }

  @Override
  public CaseView signContract(UUID id, IfMatch version, CaseCommands.ContractSigned contract) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    if (contract.signedDate().isAfter(lookup.today())) {
      throw ProblemException.invalidField("signedDate", "must not be in the future");
    }
    c.signContract(contract.signedDate());
    kontraktSigned.fire(new KontraktSigned(c.id(), c.kommune().value(), c.contractSignedDate()));
    return saved(c);
  }

  @Override
  public AssessmentView assess(UUID id, CaseCommands.Assessment assessment) {
    CaseFile c = lookup.visible(id, "UPDATE");
    if (assessment.assessedOn().isAfter(lookup.today())) {
      throw ProblemException.invalidField("assessedOn", "must not be in the future");
    }
    JobReadinessAssessment recorded = Checks.asField("reason", () -> new JobReadinessAssessment(c.id(),
        assessment.assessedOn(), assessment.category(), assessment.reason(), caller.subject()));
    List<JobReadinessAssessment> history = cases.assessments(c.id());
    boolean latest = history.stream().noneMatch(a -> a.assessedOn().isAfter(assessment.assessedOn()));
    cases.add(recorded);
    if (latest) {
      c.changeJobReadiness(assessment.category());
    }
    cases.flush();
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.JOB_READINESS));
    return CaseViews.assessment(recorded);
  }

  @Override
  public List<AssessmentView> assessments(UUID id) {
    CaseFile c = lookup.visible(id, "READ");
    return cases.assessments(c.id()).stream().map(CaseViews::assessment).toList();
  }

  @Override
  public CaseView extendProgramme(UUID id, IfMatch version, CaseCommands.ProgrammeExtension ext) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    Checks.asField("plannedEnd", () -> c.extendProgramme(ext.plannedEnd()));
    programmeExtended.fire(new ProgrammeExtended(c.id(), c.kommune().value(), c.programmePlannedEnd()));
    return saved(c);
  }

  @Override
  public CaseView endProgramme(UUID id, IfMatch version, CaseCommands.ProgrammeEnd end) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    Checks.asField("endDate", () -> c.endProgramme(end.endDate(), end.reason()));
    CaseView view = saved(c);
    caseClosed.fire(new CaseClosed(c.id(), c.kommune().value(), end.endDate(), end.reason()));
    return view;
  }

  @Override
  public CaseView selfSupporting(UUID id, IfMatch version, CaseCommands.SelfSupport support) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    Checks.asField("date", () -> c.becomeSelfSupporting(support.kind(), support.date()));
    CaseView view = saved(c);
    selfSupporting.fire(new PersonSelfSupporting(c.id(), c.kommune().value(), support.kind(), support.date(),
        c.gender()));
    caseClosed.fire(new CaseClosed(c.id(), c.kommune().value(), support.date(), support.kind().endReason()));
    return view;
  }

  @Override
  public CaseView danishProgress(UUID id, IfMatch version, CaseCommands.DanishProgress progress) {
    CaseFile c = lookup.forChange(id, version, "UPDATE");
    Integer module = progress.module();
    int modules = 6; // DU1 and DU2 have 6 modules, DU3 has 5 plus an optional 6th
    if (module != null && (module < 1 || module > modules)) {
      throw ProblemException.invalidField("module", "must be between 1 and " + modules);
    }
    c.progressInDanish(progress.track(), module);
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.DANISH));
    return saved(c);
  }

  @Override
  public CaseView danishTestPassed(UUID id, DanishTestPassed test) {
    CaseFile c = lookup.visible(id, "UPDATE");
    if (test.passedOn().isAfter(lookup.today())) {
      throw ProblemException.invalidField("passedOn", "must not be in the future");
    }
    cases.add(new DanishTest(c.id(), test.test(), test.passedOn()));
    cases.flush();
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.DANISH));
    return lookup.shown(c, false);
  }

  private CaseView saved(CaseFile c) {
    cases.flush(); // bumps the version now, so the ETag we answer with is the new one
    return lookup.shown(c, false);
  }

  /** The persons a list showed, for its access-log row. */
  private static List<dk.jobbro.api.shared.audit.DataSubject> shown(CaseRepository.SearchResult result) {
    return result.items().stream().map(CaseFile::dataSubject).toList();
  }

  private Page<CaseView> views(CaseRepository.SearchResult result, PageRequest page) {
    Set<UUID> gaps = lookup.gaps(result.items());
    return new Page<>(result.items().stream().map(c -> CaseViews.of(c, false, List.of(), gaps.contains(c.id()),
        lookup.today(), lookup.dueSoonDays())).toList(), page.page(), page.size(), result.total());
  }

  private void requireOwnKommune(String stated, KommuneKode own) {
    if (stated == null) {
      return;
    }
    KommuneKode kode = KommuneKode.parse(stated);
    if (!kommuner.isKnown(kode)) {
      throw ProblemException.invalidField("kommune", "is not a known kommunekode");
    }
    if (!kode.equals(own)) {
      throw ProblemException.forbidden("You can register cases only in your own kommune.");
    }
  }

  private static LocalDate expectedTakeover(NewCase n) {
    try {
      return TakeoverRule.expected(n.residenceBasis(), n.visitationDecisionDate(), n.cprRegistrationDate());
    } catch (IllegalArgumentException inputsNotKnownYet) {
      return null;
    }
  }

  /** Stored as ISO 639-1 codes, so that matching finds "Danish" where a vacancy asks for "da". */
  private static List<CaseLanguage> languages(List<Language> spoken) {
    if (spoken == null) {
      return List.of();
    }
    List<LanguageCode> codes = LanguageCode.allOf(spoken.stream().map(Language::language).toList(), "languages");
    return IntStream.range(0, spoken.size())
        .mapToObj(i -> new CaseLanguage(codes.get(i).value(), spoken.get(i).level())).toList();
  }
}
