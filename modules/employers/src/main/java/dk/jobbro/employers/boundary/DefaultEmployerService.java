package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.EmployerService;
import dk.jobbro.api.employers.EmployerView;
import dk.jobbro.api.employers.NewEmployer;
import dk.jobbro.api.employers.NewNote;
import dk.jobbro.api.employers.NoteView;
import dk.jobbro.api.employers.Sector;
import dk.jobbro.api.employers.events.EmployerRegistered;
import dk.jobbro.api.shared.Cvr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.employers.control.EmployerViews;
import dk.jobbro.employers.control.MinistryAreaRegistry;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.EmployerNote;
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
 * The national company register. A second registration of a CVR number is a 409 whose detail names the existing
 * company's id, rather than silently returning it: the caller sent data (sector, contact) that would otherwise be
 * dropped without notice.
 */
@ApplicationScoped
@Transactional
public class DefaultEmployerService implements EmployerService {

  @Inject
  EmployerRepository repository;

  @Inject
  Caller caller;

  @Inject
  KommuneRegistry kommuner;

  @Inject
  Clock clock;

  @Inject
  MinistryAreaRegistry ministryAreas;

  @Inject
  Event<EmployerRegistered> registered;

  @Override
  public EmployerView register(NewEmployer n) {
    KommuneKode own = caller.requireKommune();
    List<Problem.Violation> violations = new ArrayList<>();
    KommuneKode location = known("locationKommune", n.locationKommune(), violations);
    KommuneKode employing = n.sector() == Sector.MUNICIPAL
        ? required("employingKommune", n.employingKommune(), violations) : null;
    if (n.sector() != Sector.MUNICIPAL && n.employingKommune() != null) {
      violations.add(new Problem.Violation("employingKommune", "is only for MUNICIPAL employers"));
    }
    if (n.sector() == Sector.STATE && n.ministryArea() == null) {
      violations.add(new Problem.Violation("ministryArea", "is required for STATE employers"));
    }
    if (n.sector() != Sector.STATE && n.ministryArea() != null) {
      violations.add(new Problem.Violation("ministryArea", "is only for STATE employers"));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (n.ministryArea() != null) {
      ministryAreas.requireInForceOn("ministryArea", n.ministryArea(), LocalDate.now(clock));
    }
    Cvr cvr = Cvr.parse(n.cvr());
    repository.employerByCvr(cvr.value()).ifPresent(existing -> {
      throw duplicate(existing.id());
    });
    Employer employer = new Employer(cvr, n.name(), n.sector(), employing, n.ministryArea(), location, own,
        caller.subject(), Instant.now(clock));
    employer.describe(n.industryCode(), n.industry());
    if (n.contact() != null) {
      employer.contact(n.contact().name(), n.contact().email(), n.contact().phone());
    }
    // a request that raced past the check above is refused by the unique index; EmployersUniqueKeys names the
    // duplicate in the 409 (flushing here, so nothing below runs for it)
    repository.add(employer);
    repository.flush();
    registered.fire(new EmployerRegistered(employer.id(), employer.cvr(), employer.sector(), own.value()));
    return EmployerViews.of(employer);
  }

  @Override
  public EmployerView get(UUID id) {
    return EmployerViews.of(employer(id));
  }

  @Override
  public Page<EmployerView> find(String cvr, String name, PageRequest page) {
    if ((cvr == null || cvr.isBlank()) && (name == null || name.isBlank())) {
      throw ProblemException.invalidField("cvr", "give cvr or name to search by");
    }
    String cvrValue = null;
    if (cvr != null && !cvr.isBlank()) {
      if (!Cvr.isValid(cvr)) {
        throw ProblemException.invalidField("cvr", "must be a valid CVR number of 8 digits");
      }
      cvrValue = Cvr.parse(cvr).value();
    }
    if (name != null && name.strip().length() > 200) {
      throw ProblemException.invalidField("name", "must be at most 200 characters");
    }
    EmployerRepository.Slice<Employer> slice = repository.findEmployers(cvrValue,
        name == null || name.isBlank() ? null : name, page);
    return new Page<>(slice.items().stream().map(EmployerViews::of).toList(), page.page(), page.size(),
        slice.total());
  }

  @Override
  public boolean isRegistered(String cvr) {
    return repository.employerByCvr(cvr).isPresent();
  }

  @Override
  public NoteView addNote(UUID employerId, NewNote note) {
    KommuneKode own = caller.requireKommune();
    Employer employer = employer(employerId);
    EmployerNote n = new EmployerNote(employer.id(), own.value(), note.text(), caller.subject(), Instant.now(clock));
    repository.add(n);
    return EmployerViews.of(n);
  }

  @Override
  public List<NoteView> notes(UUID employerId) {
    KommuneKode own = caller.requireKommune();
    return repository.notes(employer(employerId).id(), own).stream().map(EmployerViews::of).toList();
  }

  private Employer employer(UUID id) {
    return repository.employer(id).orElseThrow(() -> ProblemException.notFound("The employer"));
  }

  static ProblemException duplicate(UUID existing) {
    return ProblemException.conflict("A company with this CVR number is registered already, as employer "
        + existing + ".");
  }

  private KommuneKode known(String field, String kode, List<Problem.Violation> violations) {
    if (kode == null) {
      return null;
    }
    KommuneKode k = KommuneKode.parse(kode);
    if (!kommuner.isKnown(k)) {
      violations.add(new Problem.Violation(field, "is not a Danish kommune"));
      return null;
    }
    return k;
  }

  private KommuneKode required(String field, String kode, List<Problem.Violation> violations) {
    if (kode == null) {
      violations.add(new Problem.Violation(field, "is required for MUNICIPAL employers"));
      return null;
    }
    return known(field, kode, violations);
  }
}
