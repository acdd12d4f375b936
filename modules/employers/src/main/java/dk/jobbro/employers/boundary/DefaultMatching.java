package dk.jobbro.employers.boundary;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.CandidateSearch;
import dk.jobbro.api.caseload.OfferType;
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

  /** Asks the kommune holding the candidate behind {@code matchRef} to put the vacancy's consultant in touch. */
  public MatchRequestView request(UUID vacancyId, String matchRef) {
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
    if (matches.pendingOrAccepted(v.id(), m.caseId())) {
      throw ProblemException.conflict("A match request for this candidate and vacancy is open or accepted already.");
    }
    MatchRequest r = new MatchRequest(v.id(), v.kommuneKode().strip(), m.kommune(), m.caseId(), matchRef, m.score(),
        caller.subject(), Instant.now(clock));
    // a request that raced past the check above is refused by the unique index; EmployersUniqueKeys names the
    // duplicate in the 409 (flushing here, so nothing below runs for it)
    matches.add(r);
    matches.flush();
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
    }
    return view(r);
  }

  private MatchRequestView view(MatchRequest r) {
    String own = caller.requireKommune().value();
    boolean reveal = r.candidateKommune().equals(own) || r.status() == MatchRequestStatus.ACCEPTED;
    var person = reveal ? search.reveal(r.caseId()).orElse(null) : null;
    Vacancy v = matches.vacancy(r.vacancyId()).orElseThrow();
    return new MatchRequestView(r.id(), r.vacancyId(), v.title(), v.occupationCode(), r.requestingKommune(),
        r.candidateKommune(), r.matchRef(), r.score(), r.status(), person == null ? null : person.caseId(),
        person == null ? null : person.name(), r.requestedAt(), r.decidedAt(), r.version());
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
        .map(l -> new CandidateQuery.Requirement(l.language(), l.level())).toList(), kommuner,
        v.offerType() == OfferType.IGU ? IGU_MAX_AGE : null, limit);
  }

  private static VacancyCandidates.CandidateProfile profile(CandidateMatch m) {
    return new VacancyCandidates.CandidateProfile(m.matchRef(), m.kommune(), m.distanceKm(), m.ageBand(), m.gender(),
        m.languages(), m.educationLevel(), m.occupationCodes(), m.available(), m.score(), m.explanation());
  }
}
