package dk.jobbro.employers.boundary;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.employers.VacancyMatching;
import dk.jobbro.employers.control.VacancyMatchQueries;
import dk.jobbro.employers.entity.Vacancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Open vacancies for one person, ranked by {@link VacancyMatchQueries} in the database; only the returned rows are
 * loaded, to render them with their explanation.
 */
@ApplicationScoped
@Transactional
public class DefaultVacancyMatching implements VacancyMatching {

  static final int MAX_LIMIT = 100;

  @Inject
  VacancyMatchQueries queries;

  @PersistenceContext
  EntityManager em;

  @Override
  public List<MatchingVacancy> forPerson(PersonProfile person, int limit) {
    List<MatchingVacancy> result = new ArrayList<>();
    for (VacancyMatchQueries.Row r : queries.best(person, Math.max(1, Math.min(MAX_LIMIT, limit)))) {
      Vacancy v = em.find(Vacancy.class, r.id());
      List<CandidateMatch.Criterion> why = new ArrayList<>();
      why.add(new CandidateMatch.Criterion("occupation " + v.occupationCode(), true,
          r.occupationDigits() * VacancyMatchQueries.OCCUPATION_POINTS / 4,
          "experience sharing " + r.occupationDigits() + " digit(s) of the ISCO-08 code"));
      int languagePoints = r.languagesRequired() == 0 ? VacancyMatchQueries.LANGUAGE_POINTS
          : r.languagesMet() * VacancyMatchQueries.LANGUAGE_POINTS / r.languagesRequired();
      why.add(new CandidateMatch.Criterion("languages", r.languagesMet() == r.languagesRequired(), languagePoints,
          r.languagesRequired() == 0 ? "no language required"
              : r.languagesMet() + " of " + r.languagesRequired() + " required languages at the level asked"));
      result.add(new MatchingVacancy(v.id(), v.kommuneKode().strip(), v.title(), v.occupationCode(), v.offerType(),
          v.locationKommune().strip(), Math.round(r.distanceKm() * 10) / 10.0, v.startDate(), r.score(), why));
    }
    return result;
  }
}
