package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.Commitments;
import dk.jobbro.api.employers.NewPartnership;
import dk.jobbro.api.employers.PartnershipCount;
import dk.jobbro.api.employers.PartnershipEnd;
import dk.jobbro.api.employers.PartnershipService;
import dk.jobbro.api.employers.PartnershipStatus;
import dk.jobbro.api.employers.PartnershipView;
import dk.jobbro.api.employers.events.PartnershipEnded;
import dk.jobbro.api.employers.events.PartnershipSigned;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.employers.control.EmployerViews;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.Partnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The caller's kommune's partnership agreements; one active agreement per kommune and company. */
@ApplicationScoped
@Transactional
public class DefaultPartnershipService implements PartnershipService {

  static final int MAX_PLACES = 10_000;

  @Inject
  EmployerRepository repository;

  @Inject
  Caller caller;

  @Inject
  Event<PartnershipSigned> signed;

  @Inject
  Event<PartnershipEnded> ended;

  @Override
  public PartnershipView sign(NewPartnership n) {
    KommuneKode own = caller.requireKommune();
    Employer employer = repository.employer(n.employerId())
        .orElseThrow(() -> ProblemException.invalidField("employerId", "no such employer"));
    if (repository.hasActivePartnership(own, employer.id())) {
      throw ProblemException.conflict("Your kommune has an active partnership with this company already; change its "
          + "commitments or end it first.");
    }
    Partnership p = new Partnership(own.value(), employer.id(), n.signedDate(), caller.subject());
    commit(p, n.commitments());
    // a request that raced past the check above is refused by the unique index; EmployersUniqueKeys names the
    // duplicate in the 409 (flushing here, so nothing below runs for it)
    repository.add(p);
    repository.flush();
    signed.fire(new PartnershipSigned(p.id(), own.value(), employer.id(), p.signedDate(), p.iguPlaces()));
    return view(p);
  }

  @Override
  public PartnershipView get(UUID id) {
    return view(find(id));
  }

  @Override
  public Page<PartnershipView> list(PartnershipStatus status, PageRequest page) {
    EmployerRepository.Slice<Partnership> slice = repository.partnerships(caller.requireKommune(), status, page);
    return new Page<>(slice.items().stream().map(this::view).toList(), page.page(), page.size(), slice.total());
  }

  @Override
  public PartnershipCount count() {
    KommuneKode own = caller.requireKommune();
    long[] c = repository.partnershipCounts(own);
    return new PartnershipCount(own.value(), c[0], c[1], c[2], c[3], c[4]);
  }

  @Override
  public PartnershipView updateCommitments(UUID id, IfMatch version, Commitments commitments) {
    Partnership p = find(id);
    Versions.require(p.version(), version);
    if (p.status() != PartnershipStatus.ACTIVE) {
      throw ProblemException.conflict("The partnership has ended; its commitments can no longer change.");
    }
    commit(p, commitments);
    repository.flush();
    return view(p);
  }

  @Override
  public PartnershipView end(UUID id, IfMatch version, PartnershipEnd end) {
    Partnership p = find(id);
    Versions.require(p.version(), version);
    Checks.asField("endDate", () -> p.end(end.endDate(), end.reason()));
    repository.flush();
    ended.fire(new PartnershipEnded(p.id(), p.kommuneKode(), p.employerId(), p.endDate()));
    return view(p);
  }

  private Partnership find(UUID id) {
    return repository.partnership(id, caller.requireKommune())
        .orElseThrow(() -> ProblemException.notFound("The partnership"));
  }

  private PartnershipView view(Partnership p) {
    return EmployerViews.of(p, repository.employer(p.employerId()).orElseThrow());
  }

  private static void commit(Partnership p, Commitments c) {
    List<Problem.Violation> violations = new ArrayList<>();
    int praktik = places("commitments.virksomhedspraktikPlaces", c.virksomhedspraktikPlaces(), violations);
    int loentilskud = places("commitments.loentilskudPlaces", c.loentilskudPlaces(), violations);
    int igu = places("commitments.iguPlaces", c.iguPlaces(), violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    p.commit(praktik, loentilskud, igu, c.occupationsOrEmpty().stream().distinct().toList());
  }

  private static int places(String field, Integer value, List<Problem.Violation> violations) {
    if (value == null) {
      return 0;
    }
    if (value < 0 || value > MAX_PLACES) {
      violations.add(new Problem.Violation(field, "must be between 0 and " + MAX_PLACES));
    }
    return value;
  }
}
