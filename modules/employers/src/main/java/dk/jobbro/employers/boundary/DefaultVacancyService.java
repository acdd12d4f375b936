package dk.jobbro.employers.boundary;

import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.employers.NewVacancy;
import dk.jobbro.api.employers.RequiredLanguage;
import dk.jobbro.api.shared.LanguageCode;
import dk.jobbro.api.employers.VacancyService;
import dk.jobbro.api.employers.VacancyStatus;
import dk.jobbro.api.employers.VacancyView;
import dk.jobbro.api.employers.events.VacancyOpened;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.employers.control.VacancyRepository;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.Vacancy;
import dk.jobbro.employers.entity.VacancyLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Companies' vacancies; visibility across kommuner is decided by {@link VacancyRepository} in the database. */
@ApplicationScoped
@Transactional
public class DefaultVacancyService implements VacancyService {

  static final Set<OfferType> VACANCY_TYPES = EnumSet.of(OfferType.IGU, OfferType.LOENTILSKUD,
      OfferType.VIRKSOMHEDSPRAKTIK, OfferType.ORDINARY_JOB);
  static final int MAX_PERSONS = 1_000;
  static final int MAX_COMMUTE_KM = 500;

  @Inject
  VacancyRepository vacancies;

  @Inject
  EmployerRepository employers;

  @Inject
  KommuneRegistry kommuner;

  @Inject
  Caller caller;

  @Inject
  Clock clock;

  @Inject
  Event<VacancyOpened> opened;

  @Override
  public VacancyView open(NewVacancy n) {
    KommuneKode own = caller.requireKommune();
    List<Problem.Violation> violations = new ArrayList<>();
    Employer employer = employers.employer(n.employerId()).orElse(null);
    if (employer == null) {
      violations.add(new Problem.Violation("employerId", "no such employer"));
    }
    KommuneKode location = KommuneKode.parse(n.locationKommune());
    if (!kommuner.isKnown(location)) {
      violations.add(new Problem.Violation("locationKommune", "is not a Danish kommune"));
    }
    if (n.persons() < 1 || n.persons() > MAX_PERSONS) {
      violations.add(new Problem.Violation("persons", "must be between 1 and " + MAX_PERSONS));
    }
    if (n.hoursPerWeek() <= 0 || n.hoursPerWeek() > 60) {
      violations.add(new Problem.Violation("hoursPerWeek", "must be above 0 and at most 60"));
    }
    if (!VACANCY_TYPES.contains(n.offerType())) {
      violations.add(new Problem.Violation("offerType", "must be one of " + VACANCY_TYPES));
    }
    if (n.maxCommuteKm() != null && (n.maxCommuteKm() < 1 || n.maxCommuteKm() > MAX_COMMUTE_KM)) {
      violations.add(new Problem.Violation("maxCommuteKm", "must be between 1 and " + MAX_COMMUTE_KM));
    }
    if (n.maxCommuteKm() != null && !n.openToOtherKommuner()) {
      violations.add(new Problem.Violation("maxCommuteKm", "is only for vacancies open to other kommuner"));
    }
    List<VacancyLanguage> languages = languages(n.languages(), violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    Vacancy v = new Vacancy(own.value(), new Vacancy.Terms(employer.id(), n.title(), n.occupationCode(), n.persons(),
        n.hoursPerWeek(), n.startDate(), location.value(), n.offerType(), n.openToOtherKommuner(),
        n.maxCommuteKm(), Boolean.TRUE.equals(n.drivingLicenceRequired())), languages, n.skills() == null ? List.of() : n.skills().stream().map(String::strip).toList(),
        caller.subject(), Instant.now(clock));
    vacancies.add(v);
    vacancies.flush();
    opened.fire(new VacancyOpened(v.id(), own.value(), employer.id(), v.occupationCode(), v.offerType(),
        v.persons(), v.openToOtherKommuner()));
    return get(v.id());
  }

  @Override
  public VacancyView get(UUID id) {
    return view(vacancies.visible(id, caller.requireKommune())
        .orElseThrow(() -> ProblemException.notFound("The vacancy")));
  }

  @Override
  public Page<VacancyView> list(VacancyStatus status, PageRequest page) {
    KommuneKode own = caller.requireKommune();
    return new Page<>(vacancies.visible(own, status, page).stream().map(this::view).toList(), page.page(),
        page.size(), vacancies.countVisible(own, status));
  }

  @Override
  public VacancyView close(UUID id, IfMatch version, VacancyStatus status) {
    Vacancy v = vacancies.own(id, caller.requireKommune())
        .orElseThrow(() -> ProblemException.notFound("The vacancy"));
    Versions.require(v.version(), version);
    Checks.asField("status", () -> v.close(status));
    vacancies.flush();
    return get(id);
  }

  /** Stored as ISO 639-1 codes, like the cases' languages they are matched with. */
  private static List<VacancyLanguage> languages(List<RequiredLanguage> required, List<Problem.Violation> violations) {
    if (required == null) {
      return List.of();
    }
    try {
      List<LanguageCode> codes = LanguageCode.allOf(required.stream().map(RequiredLanguage::language).toList(),
          "languages");
      return IntStream.range(0, required.size())
          .mapToObj(i -> new VacancyLanguage(codes.get(i).value(), required.get(i).level())).toList();
    } catch (ProblemException e) {
      violations.addAll(e.violations());
      return List.of();
    }
  }

  private VacancyView view(VacancyRepository.Seen seen) {
    Vacancy v = seen.vacancy();
    String employerName = employers.employer(v.employerId()).map(Employer::name).orElse(null);
    return new VacancyView(v.id(), v.kommuneKode(), v.employerId(), employerName, v.title(), v.occupationCode(),
        v.persons(), v.hoursPerWeek(), v.startDate(), v.locationKommune(), v.offerType(),
        v.languages().stream().map(l -> new RequiredLanguage(l.language(), l.level())).toList(), v.skills(),
        v.drivingLicenceRequired(), v.openToOtherKommuner(), v.maxCommuteKm(), seen.distanceKm(), v.status(),
        v.version());
  }
}
