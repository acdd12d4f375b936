package dk.jobbro.employers.boundary;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.CandidateSearch;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.caseload.NewOffer;
import dk.jobbro.api.caseload.OfferService;
import dk.jobbro.api.employers.ContactPerson;
import dk.jobbro.api.employers.IguPlacementService;
import dk.jobbro.api.employers.IguPlacementView;
import dk.jobbro.api.employers.NewIguPlacement;
import dk.jobbro.api.employers.events.MatchClosed;
import dk.jobbro.api.employers.events.MatchPlacementDecided;
import dk.jobbro.api.employers.events.MatchPlacementProposed;
import dk.jobbro.api.employers.events.MatchRequested;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.employers.control.IguRules;
import dk.jobbro.employers.entity.Employer;
import java.time.LocalDate;
import java.util.ArrayList;
import dk.jobbro.api.employers.MatchRequestStatus;
import dk.jobbro.api.employers.MatchRequestView;
import dk.jobbro.api.employers.VacancyCandidates;
import dk.jobbro.api.employers.VacancyStatus;
import dk.jobbro.api.employers.events.MatchAccepted;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.employers.control.EmployersUniqueKeys;
import dk.jobbro.employers.control.MatchRepository;
import dk.jobbro.employers.control.VacancyRepository;
import dk.jobbro.employers.entity.MatchRequest;
import dk.jobbro.employers.entity.Vacancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Matching a vacancy with people across kommune borders. Caseload ranks the candidates in its database
 * ({@link CandidateSearch}); this class decides what a kommune may see of them: its own people in full, other
 * kommuners' people within the vacancy's commute only pseudonymised, and who they are only after the holding
 * kommune accepted a match request. Requests of other kommuner are "not found".
 */
@ApplicationScoped
@Transactional
public class DefaultMatching {

  /** IGU is for persons from 18 to under 40 (caseload's eligibility rule checks it again at placement). */
  static final int IGU_MAX_AGE = 39;
  static final int MAX_LIMIT = 100;
  static final String RESOURCE = "vacancy-candidates";

  @Inject
  VacancyRepository vacancies;

  @Inject
  MatchRepository matches;

  @Inject
  CandidateSearch search;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  Clock clock;

  @Inject
  Event<MatchAccepted> accepted;

  @Inject
  Event<MatchRequested> requested;

  @Inject
  Event<MatchClosed> closed;

  @Inject
  Event<MatchPlacementProposed> proposed;

  @Inject
  Event<MatchPlacementDecided> placementDecided;

  @Inject
  EmployerRepository employers;

  @Inject
  OfferService offers;

  @Inject
  IguPlacementService igu;

  /** The own vacancy's candidates; the search is logged as an access to the vacancy's candidate list. */
  public VacancyCandidates candidates(UUID vacancyId, int limit) {
    Vacancy v = ownVacancy(vacancyId);
    int n = Math.max(1, Math.min(MAX_LIMIT, limit));
    List<CandidateMatch> ownMatches = search.search(query(v, ownKommune(v), n));
    List<VacancyCandidates.OwnCandidate> own = ownMatches.stream()
        .map(m -> new VacancyCandidates.OwnCandidate(m.caseId(), m.name(), m.kommune(), m.ageBand(), m.gender(),
            m.languages(), m.educationLevel(), m.occupationCodes(), m.available(), m.score(), m.explanation()))
        .toList();
    List<VacancyCandidates.CandidateProfile> others = List.of();
    List<CandidateMatch> otherMatches = List.of();
    Map<String, Double> nearby = nearby(v);
    if (!nearby.isEmpty()) {
      otherMatches = search.search(query(v, nearby, n));
      others = otherMatches.stream().map(DefaultMatching::profile).toList();
    }
    // one row for the list, naming every person shown: the other kommuner's pseudonymised profiles too, so their
    // data protection officers see that this consultant was shown their people
    accessLog.recordCases("MATCH", RESOURCE, v.id(), java.util.stream.Stream.concat(ownMatches.stream(),
        otherMatches.stream()).map(CandidateMatch::caseId).toList());
    return new VacancyCandidates(v.id(), own, others);
  }

  /**
   * Asks the kommune holding the candidate behind {@code matchRef} to put the vacancy's consultant in touch, with the
   * consultant's message and contact; the holding kommune gets a task to answer.
   */
  public MatchRequestView request(UUID vacancyId, String matchRef, NewMatchRequest note) {
    Vacancy v = ownVacancy(vacancyId);
    if (v.status() != VacancyStatus.OPEN) {
      throw ProblemException.conflict("The vacancy is " + v.status() + "; only open vacancies take match requests.");
    }
    Map<String, Double> nearby = nearby(v);
    CandidateMatch m = nearby.isEmpty() ? null
        : search.byReference(query(v, nearby, MAX_LIMIT), matchRef).orElse(null);
    if (m == null) {
      throw ProblemException.notFound("The candidate");
    }
    if (matches.liveRequestExists(v.id(), m.caseId())) {
      throw ProblemException.conflict(EmployersUniqueKeys.LIVE_MATCH_REQUEST);
    }
    MatchRequest r = new MatchRequest(v.id(), v.kommuneKode().strip(), m.kommune(), m.caseId(), matchRef, m.score(),
        caller.subject(), Instant.now(clock));
    r.describe(note.message(), note.contact().name(), note.contact().email(), note.contact().phone());
    // a request that raced past the check above is refused by the unique index; EmployersUniqueKeys names the
    // duplicate in the 409 (flushing here, so nothing below runs for it)
    matches.add(r);
    matches.flush();
    requested.fire(new MatchRequested(r.id(), v.id(), r.caseId(), r.requestingKommune(), r.candidateKommune(),
        LocalDate.now(clock)));
    return view(r);
  }

  /** The requests the caller's kommune holds candidates for (caseworkers) or has sent (consultants). */
  public Page<MatchRequestView> list(MatchRequestStatus status, PageRequest page) {
    String own = caller.requireKommune().value();
    boolean holder = caller.hasRole(Roles.CASEWORKER);
    accessLog.recordSearch("LIST", "match-request", null);
    return new Page<>(matches.list(own, holder, status, page.firstResult(), page.size()).stream().map(this::view)
        .toList(), page.page(), page.size(), matches.count(own, holder, status));
  }

  public MatchRequestView get(UUID id) {
    return view(matches.involving(id, caller.requireKommune().value())
        .orElseThrow(() -> ProblemException.notFound("The match request")));
  }

  /**
   * The holding kommune's caseworker accepts or declines the version last read (412 when another caseworker decided
   * meanwhile); acceptance reveals the person to the requester.
   */
  public MatchRequestView decide(UUID id, IfMatch version, boolean accept) {
    String own = caller.requireKommune().value();
    MatchRequest r = matches.involving(id, own).filter(m -> m.candidateKommune().equals(own))
        .orElseThrow(() -> ProblemException.notFound("The match request"));
    Versions.require(r.version(), version);
    Checks.asField("status", () -> r.decide(accept, caller.subject(), Instant.now(clock)));
    matches.flush();
    if (accept) {
      accepted.fire(new MatchAccepted(r.id(), r.vacancyId(), r.requestingKommune(), r.candidateKommune()));
    } else {
      closed.fire(new MatchClosed(r.id(), r.vacancyId(), r.requestingKommune(), r.candidateKommune(),
          MatchRequestStatus.DECLINED));
    }
    return view(r);
  }

  /** The requesting consultant gives up on the match (any time before the placement is registered). */
  public MatchRequestView withdraw(UUID id, IfMatch version) {
    MatchRequest r = asRequester(id, version);
    Checks.asField("status", r::withdraw);
    matches.flush();
    closed.fire(new MatchClosed(r.id(), r.vacancyId(), r.requestingKommune(), r.candidateKommune(),
        MatchRequestStatus.WITHDRAWN));
    return view(r);
  }

  /**
   * After acceptance the requesting consultant proposes the placement, of the vacancy's offer type, for the holding
   * kommune to confirm: it owns the case, so only it registers the offer or IGU on it.
   */
  public MatchRequestView propose(UUID id, IfMatch version, NewMatchProposal p) {
    MatchRequest r = asRequester(id, version);
    Vacancy v = matches.vacancy(r.vacancyId()).orElseThrow();
    List<Problem.Violation> invalid = new ArrayList<>();
    boolean isIgu = v.offerType() == OfferType.IGU;
    if (isIgu) {
      IguRules.hoursProblems(p.hoursPerWeek()).forEach(m -> invalid.add(new Problem.Violation("hoursPerWeek", m)));
      if (p.payBasis() == null) {
        invalid.add(new Problem.Violation("payBasis", "is required for an IGU"));
      }
      if (p.signedDate() == null) {
        invalid.add(new Problem.Violation("signedDate", "is required for an IGU"));
      }
    } else if (p.endDate() != null && p.endDate().isBefore(p.startDate())) {
      invalid.add(new Problem.Violation("endDate", "must not be before startDate"));
    }
    if (!invalid.isEmpty()) {
      throw ProblemException.invalid(invalid);
    }
    Checks.asField("status", () -> r.propose(new MatchRequest.Proposal(p.startDate(), isIgu ? null : p.endDate(),
        p.hoursPerWeek(), isIgu ? p.payBasis() : null, isIgu ? p.signedDate() : null), caller.subject(),
        Instant.now(clock)));
    matches.flush();
    proposed.fire(new MatchPlacementProposed(r.id(), r.vacancyId(), r.caseId(), r.requestingKommune(),
        r.candidateKommune(), v.offerType(), p.startDate(), LocalDate.now(clock)));
    return view(r);
  }

  /**
   * The holding kommune's caseworker confirms the proposed placement: it is registered on the case through the
   * same services as any other placement (an IGU through {@link IguPlacementService}, with its eligibility rules;
   * any other offer through {@link OfferService}) and linked to the vacancy. A refusal of those rules (422) leaves the
   * proposal waiting, to be declined or confirmed once fixed.
   */
  public MatchRequestView confirmProposal(UUID id, IfMatch version) {
    MatchRequest r = asHolder(id, version);
    if (r.status() != MatchRequestStatus.PROPOSED) {
      throw ProblemException.conflict("The request is " + r.status() + "; no proposal waits.");
    }
    Vacancy v = matches.vacancy(r.vacancyId()).orElseThrow();
    Employer employer = employers.employer(v.employerId()).orElseThrow();
    MatchRequest.Proposal p = r.proposal();
    UUID offerId;
    UUID placementId = null;
    if (v.offerType() == OfferType.IGU) {
      IguPlacementView placed = igu.start(new NewIguPlacement(r.caseId(), employer.id(), p.startDate(),
          p.hoursPerWeek(), p.payBasis(), p.signedDate(), null, null));
      placementId = placed.id();
      offerId = placed.offerId();
      employers.placement(placementId, caller.requireKommune()).orElseThrow().linkVacancy(v.id());
    } else {
      offerId = offers.add(r.caseId(), new NewOffer(v.offerType(), p.startDate(), p.endDate(), p.hoursPerWeek(),
          employer.cvr())).id();
    }
    r.placed(offerId, placementId, caller.subject(), Instant.now(clock));
    matches.flush();
    placementDecided.fire(new MatchPlacementDecided(r.id(), r.vacancyId(), r.requestingKommune(),
        r.candidateKommune(), true, offerId, placementId));
    return view(r);
  }

  /** The holding kommune's caseworker declines the proposal with a reason; the match stays accepted. */
  public MatchRequestView declineProposal(UUID id, IfMatch version, MatchProposalDecline decline) {
    MatchRequest r = asHolder(id, version);
    Checks.asField("status", () -> r.declineProposal(decline.reason()));
    matches.flush();
    placementDecided.fire(new MatchPlacementDecided(r.id(), r.vacancyId(), r.requestingKommune(),
        r.candidateKommune(), false, null, null));
    return view(r);
  }

  private MatchRequest asRequester(UUID id, IfMatch version) {
    String own = caller.requireKommune().value();
    MatchRequest r = matches.involving(id, own).filter(m -> m.requestingKommune().equals(own))
        .orElseThrow(() -> ProblemException.notFound("The match request"));
    Versions.require(r.version(), version);
    return r;
  }

  private MatchRequest asHolder(UUID id, IfMatch version) {
    String own = caller.requireKommune().value();
    MatchRequest r = matches.involving(id, own).filter(m -> m.candidateKommune().equals(own))
        .orElseThrow(() -> ProblemException.notFound("The match request"));
    Versions.require(r.version(), version);
    return r;
  }

  /**
   * The request as the caller's kommune may see it. The holder sees its case; the requester sees only the name, once
   * accepted, and never the case id or the offer on the case. Every sight of the person is access-logged by
   * {@link CandidateSearch#reveal} (the requester's is a cross-kommune read).
   */
  private MatchRequestView view(MatchRequest r) {
    String own = caller.requireKommune().value();
    boolean holder = r.candidateKommune().equals(own);
    boolean reveal = holder || r.status() == MatchRequestStatus.ACCEPTED || r.status() == MatchRequestStatus.PROPOSED
        || r.status() == MatchRequestStatus.PLACED;
    var person = reveal ? search.reveal(r.caseId()).orElse(null) : null;
    Vacancy v = matches.vacancy(r.vacancyId()).orElseThrow();
    Employer e = employers.employer(v.employerId()).orElseThrow();
    MatchRequest.Proposal p = r.proposal();
    ContactPerson contact = r.contactName() == null ? null
        : new ContactPerson(r.contactName(), r.contactEmail(), r.contactPhone());
    return new MatchRequestView(r.id(), r.vacancyId(), v.title(), v.occupationCode(), v.offerType(), v.startDate(),
        e.id(), e.name(), e.cvr(), r.requestingKommune(), r.candidateKommune(), r.matchRef(), r.score(), r.status(),
        r.message(), contact, holder && person != null ? person.caseId() : null,
        person == null ? null : person.name(),
        p == null ? null : new MatchRequestView.Proposal(p.startDate(), p.endDate(), p.hoursPerWeek(), p.payBasis(),
            p.signedDate(), r.proposedAt()),
        r.proposalDeclinedReason(), holder ? r.offerId() : null, holder ? r.iguPlacementId() : null,
        r.requestedAt(), r.decidedAt(), r.placedAt(), r.version());
  }

  private Vacancy ownVacancy(UUID id) {
    return vacancies.own(id, caller.requireKommune()).orElseThrow(() -> ProblemException.notFound("The vacancy"));
  }

  private Map<String, Double> ownKommune(Vacancy v) {
    return Map.of(v.kommuneKode().strip(), matches.distanceKm(v.locationKommune(), v.kommuneKode()));
  }

  private Map<String, Double> nearby(Vacancy v) {
    return v.openToOtherKommuner() && v.status() == VacancyStatus.OPEN ? matches.otherKommunerWithinCommute(v)
        : Map.of();
  }

  private static CandidateQuery query(Vacancy v, Map<String, Double> kommuner, int limit) {
    return new CandidateQuery(v.id(), v.occupationCode(), v.languages().stream()
        .map(l -> new CandidateQuery.Requirement(l.language(), l.level())).toList(), v.skills(),
        v.drivingLicenceRequired(), kommuner,
        v.offerType() == OfferType.IGU ? IGU_MAX_AGE : null, limit);
  }

  private static VacancyCandidates.CandidateProfile profile(CandidateMatch m) {
    return new VacancyCandidates.CandidateProfile(m.matchRef(), m.kommune(), m.distanceKm(), m.ageBand(), m.gender(),
        m.languages(), m.educationLevel(), m.occupationCodes(), m.available(), m.score(), m.explanation());
  }
}
