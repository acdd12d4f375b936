package dk.jobbro.employers.boundary;

import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.employers.MatchScoring;
import dk.jobbro.api.employers.VacancyMatching;
import dk.jobbro.employers.control.VacancyMatchQueries;
import dk.jobbro.employers.entity.Vacancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    Set<String> skills = Set.copyOf(VacancyMatchQueries.skills(person));
    Map<String, Integer> spoken = new HashMap<>();
    for (Language l : person.languages() == null ? List.<Language>of() : person.languages()) {
      spoken.merge(l.language().strip().toLowerCase(Locale.ROOT), l.level().rank(), Math::max);
    }
    int education = person.highestEducation() == null ? -1 : person.highestEducation().ordinal();
    for (VacancyMatchQueries.Row r : queries.best(person, Math.max(1, Math.min(MAX_LIMIT, limit)))) {
      Vacancy v = em.find(Vacancy.class, r.id());
      List<CandidateQuery.Requirement> required = v.languages().stream()
          .map(l -> new CandidateQuery.Requirement(l.language(), l.level())).toList();
      List<Boolean> languagesMet = required.stream().map(q -> spoken.getOrDefault(
          q.language().strip().toLowerCase(Locale.ROOT), -1) >= q.level().rank()).toList();
      List<String> asked = v.skills().stream().map(MatchScoring::normaliseSkill).filter(x -> !x.isEmpty())
          .distinct().toList();
      // the same facts and the same function as the vacancy's candidate list: the pair scores the same both ways
      MatchScoring.Score score = MatchScoring.score(new MatchScoring.Facts(v.occupationCode(), r.occupationDigits(),
          required, languagesMet, asked, asked.stream().map(skills::contains).toList(), v.drivingLicenceRequired(),
          person.drivingLicence(), education, person.available()));
      result.add(new MatchingVacancy(v.id(), v.kommuneKode().strip(), v.title(), v.occupationCode(), v.offerType(),
          v.locationKommune().strip(), Math.round(r.distanceKm() * 10) / 10.0, v.startDate(), score.total(),
          score.explanation()));
    }
    return result;
  }
}
