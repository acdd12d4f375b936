package dk.jobbro.employers.boundary;

import dk.jobbro.api.caseload.IguEligibility;
import dk.jobbro.api.caseload.IguEligibilityCheck;
import dk.jobbro.api.caseload.NewOffer;
import dk.jobbro.api.caseload.OfferEnd;
import dk.jobbro.api.caseload.OfferService;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.caseload.OfferView;
import dk.jobbro.api.employers.BonusMilestoneKind;
import dk.jobbro.api.employers.BonusStatus;
import dk.jobbro.api.employers.BonusUpdate;
import dk.jobbro.api.employers.IguCompletion;
import dk.jobbro.api.employers.IguPlacementService;
import dk.jobbro.api.employers.IguPlacementView;
import dk.jobbro.api.employers.IguStatus;
import dk.jobbro.api.employers.IguTermination;
import dk.jobbro.api.employers.NewIguPlacement;
import dk.jobbro.api.employers.Sector;
import dk.jobbro.api.employers.VitasRegistration;
import dk.jobbro.api.employers.events.BonusMilestoneClaimed;
import dk.jobbro.api.employers.events.IguCompleted;
import dk.jobbro.api.employers.events.VitasRegistered;
import dk.jobbro.api.employers.events.IguEnded;
import dk.jobbro.api.employers.events.IguStarted;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.employers.control.BonusMilestones;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.employers.control.EmployerViews;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.employers.control.IguRules;
import dk.jobbro.employers.entity.BonusMilestone;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.IguPlacement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * IGU placements of the caller's kommune's people. The person's eligibility is caseload's rule (through
 * {@link IguEligibilityCheck}, which also knows the one-IGU-per-person rule from the case's IGU offers); this service
 * adds the company-side rule (no recent ordinary job there) and the forløb's dates, and gives the case its IGU offer
 * in the same transaction, so a placement never exists without the offer.
 */
@ApplicationScoped
@Transactional
public class DefaultIguPlacementService implements IguPlacementService {

  static final String RESOURCE = "igu-placement";

  @Inject
  EmployerRepository repository;

  @Inject
  IguEligibilityCheck eligibility;

  @Inject
  OfferService offers;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  Clock clock;

  @Inject
  Event<IguStarted> started;

  @Inject
  Event<IguEnded> ended;

  @Inject
  Event<IguCompleted> completed;

  @Inject
  Event<VitasRegistered> vitasRegistered;

  @Inject
  Event<BonusMilestoneClaimed> bonusClaimed;

  @Inject
  BonusMilestones milestones;

  @Override
  public IguPlacementView start(NewIguPlacement n) {
    KommuneKode own = caller.requireKommune();
    Employer employer = repository.employer(n.employerId())
        .orElseThrow(() -> ProblemException.invalidField("employerId", "no such employer"));
    List<Problem.Violation> invalid = new ArrayList<>();
    IguRules.hoursProblems(n.plannedHoursPerWeek())
        .forEach(m -> invalid.add(new Problem.Violation("plannedHoursPerWeek", m)));
    if (n.vitasRegisteredDate() != null && n.vitasRegisteredDate().isBefore(n.signedDate())) {
      invalid.add(new Problem.Violation("vitasRegisteredDate", "must not be before signedDate"));
    }
    if (!invalid.isEmpty()) {
      throw ProblemException.invalid(invalid);
    }
    List<Problem.Violation> reasons = reasonsAgainst(n, employer);
    if (!reasons.isEmpty()) {
      throw new ProblemException(422, "igu-not-allowed", "The IGU cannot start",
          "The IGU cannot start on " + n.startDate() + "; every reason is listed in violations.", reasons);
    }
    LocalDate start = n.startDate();
    IguPlacement placement = new IguPlacement(own.value(), n.caseId(), employer.id(),
        new IguPlacement.Terms(start, IguRules.plannedEnd(start), IguRules.schoolWeeks(start),
            n.plannedHoursPerWeek(), n.payBasis(), n.signedDate(), IguRules.vitasDue(n.signedDate()),
            n.vitasRegisteredDate(), n.lastOrdinaryEmploymentEnd()),
        caller.subject(), Instant.now(clock));
    if (employer.sector() == Sector.PRIVATE) {
      placement.addBonus(BonusMilestoneKind.SIX_MONTHS, IguRules.BONUS_KR, IguRules.sixMonthBonusDue(start));
      placement.addBonus(BonusMilestoneKind.COMPLETION, IguRules.BONUS_KR, IguRules.completionBonusDue(start));
    }
    OfferView offer = offers.addIgu(n.caseId(), new NewOffer(OfferType.IGU, start, placement.plannedEndDate(),
        n.plannedHoursPerWeek(), employer.cvr()));
    placement.linkOffer(offer.id());
    // a request that raced past the check above is refused by the unique index; EmployersUniqueKeys names the
    // duplicate in the 409 (flushing here, so nothing below runs for it)
    repository.add(placement);
    repository.flush();
    accessLog.recordCases("CREATE", RESOURCE, placement.id(), List.of(placement.caseId()));
    started.fire(new IguStarted(placement.id(), placement.caseId(), own.value(), employer.id(), employer.sector(),
        employer.ministryArea(), start, placement.plannedEndDate(), placement.vitasDueDate(),
        placement.vitasRegisteredDate()));
    return render(placement, employer);
  }

  /** Every reason the person may not start this IGU; empty when they may. */
  private List<Problem.Violation> reasonsAgainst(NewIguPlacement n, Employer employer) {
    List<Problem.Violation> reasons = new ArrayList<>();
    IguEligibility check = eligibility.check(n.caseId(), n.startDate());
    boolean earlierIguKnown = false;
    for (IguEligibility.Condition c : check.failed()) {
      String field = "SCHEME_OPEN".equals(c.code()) ? "startDate" : "caseId";
      reasons.add(new Problem.Violation(field, c.code() + ": " + c.detail()));
      earlierIguKnown |= "NO_EARLIER_IGU".equals(c.code());
    }
    if (!earlierIguKnown && repository.hasPlacement(n.caseId())) {
      reasons.add(new Problem.Violation("caseId", "NO_EARLIER_IGU: the person has an IGU placement that is running "
          + "or completed; a person can complete only one IGU"));
    }
    // the date the request gives and the case's own ordinary-job offers at the company both count
    String rule = n.startDate().isBefore(IguRules.RULES_2021)
        ? "before 2021-05-01 an IGU could not follow any earlier ordinary job at the same company"
        : "the person had an ordinary job at the company within the 3 months before the start";
    if (IguRules.ordinaryJobBlocks(n.startDate(), n.lastOrdinaryEmploymentEnd())) {
      reasons.add(new Problem.Violation("lastOrdinaryEmploymentEnd", "NO_ORDINARY_JOB_AT_EMPLOYER: " + rule));
    } else {
      offers.lastOrdinaryJobEnd(n.caseId(), employer.cvr(), n.startDate())
          .filter(end -> IguRules.ordinaryJobBlocks(n.startDate(), end))
          .ifPresent(end -> reasons.add(new Problem.Violation("caseId", "NO_ORDINARY_JOB_AT_EMPLOYER: " + rule
              + " (the case's ordinary-job offer there, last day " + end + ")")));
    }
    return reasons;
  }

  @Override
  public IguPlacementView get(UUID id) {
    IguPlacement p = find(id, "READ");
    return render(p, employerOf(p));
  }

  @Override
  public Page<IguPlacementView> list(IguStatus status, PageRequest page) {
    EmployerRepository.Slice<IguPlacement> slice = repository.placements(caller.requireKommune(), status, page);
    accessLog.recordSearchCases("LIST", RESOURCE, status == null ? null : status.name(),
        slice.items().stream().map(IguPlacement::caseId).toList());
    return new Page<>(slice.items().stream().map(p -> render(p, employerOf(p))).toList(), page.page(),
        page.size(), slice.total());
  }

  /**
   * The caller's kommune's placements of one case, for the caseworker who holds the case and the consultant who made
   * the placement alike; empty when the kommune has none for it (also for a case it does not hold).
   */
  public List<IguPlacementView> ofCase(UUID caseId) {
    List<IguPlacement> found = repository.placementsOfCase(caseId, caller.requireKommune());
    found.forEach(p -> accessLog.recordCases("READ", RESOURCE, p.id(), List.of(caseId)));
    return found.stream().map(p -> render(p, employerOf(p))).toList();
  }

  @Override
  public IguPlacementView registerVitas(UUID id, IfMatch version, VitasRegistration registration) {
    IguPlacement p = forChange(id, version);
    Checks.asField("registeredDate", () -> p.registerVitas(registration.registeredDate()));
    vitasRegistered.fire(new VitasRegistered(p.id(), p.caseId(), p.kommuneKode(), registration.registeredDate()));
    return render(p, employerOf(p));
  }

  @Override
  public IguPlacementView terminate(UUID id, IfMatch version, IguTermination t) {
    IguPlacement p = forChange(id, version);
    Checks.asField("endDate", () -> p.terminate(t.endDate(), t.reason(), t.note()));
    endOffer(p, t.endDate());
    ended.fire(new IguEnded(p.id(), p.caseId(), p.kommuneKode(), t.endDate(), t.reason()));
    return render(p, employerOf(p));
  }

  @Override
  public IguPlacementView complete(UUID id, IfMatch version, IguCompletion completion) {
    IguPlacement p = forChange(id, version);
    Checks.asField("completedDate", () -> p.complete(completion.completedDate()));
    endOffer(p, completion.completedDate());
    completed.fire(new IguCompleted(p.id(), p.caseId(), p.kommuneKode(), completion.completedDate()));
    return render(p, employerOf(p));
  }

  @Override
  public IguPlacementView updateBonus(UUID id, IfMatch version, BonusMilestoneKind kind, BonusUpdate update) {
    IguPlacement p = forChange(id, version);
    Employer employer = employerOf(p);
    milestones.reach(p, employer, today());
    BonusMilestone milestone = p.milestone(kind).orElseThrow(() -> ProblemException.notFound(
        "The bonus milestone (only private employers get the IGU bonus)"));
    if (update.status() != BonusStatus.CLAIMED && update.status() != BonusStatus.PAID) {
      throw ProblemException.invalidField("status", "must be CLAIMED or PAID");
    }
    Checks.asField("date", () -> p.markBonus(milestone, update.status(), update.date()));
    bonusClaimed.fire(new BonusMilestoneClaimed(p.id(), p.kommuneKode(), kind, update.status(), update.date()));
    return render(p, employer);
  }

  private void endOffer(IguPlacement p, LocalDate lastDay) {
    if (p.offerId() != null) {
      OfferView offer = offers.get(p.caseId(), p.offerId());
      offers.end(p.caseId(), p.offerId(), IfMatch.version(offer.version()), new OfferEnd(lastDay));
    }
  }

  /** A placement of the caller's kommune at the version the caller saw (412 when stale). */
  private IguPlacement forChange(UUID id, IfMatch version) {
    IguPlacement p = find(id, "UPDATE");
    Versions.require(p.version(), version);
    return p;
  }

  private IguPlacement find(UUID id, String action) {
    IguPlacement p = repository.placement(id, caller.requireKommune())
        .orElseThrow(() -> ProblemException.notFound("The IGU placement"));
    accessLog.recordCases(action, RESOURCE, id, List.of(p.caseId()));
    return p;
  }

  private Employer employerOf(IguPlacement p) {
    return repository.employer(p.employerId()).orElseThrow();
  }

  /**
   * Brings the bonus milestones up to today, fires the events for those reached now, and writes the changes so the
   * rendered version (ETag) is the one stored.
   */
  private IguPlacementView render(IguPlacement p, Employer employer) {
    milestones.reach(p, employer, today());
    repository.flush();
    return EmployerViews.of(p, employer, today());
  }


  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
