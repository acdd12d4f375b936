package dk.jobbro.employers.control;

import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.employers.MatchScoring;
import dk.jobbro.api.employers.VacancyMatching;
import dk.jobbro.api.shared.reference.Isco08;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Open vacancies scored against one person in PostgreSQL: visible to the person's kommune (its own, or open to other
 * kommuner within the commute between centroids), occupation by the longest shared ISCO-08 prefix with any of the
 * person's experience, required languages met at their minimum level, required skills the person has, the driving
 * licence; ordered by {@link MatchScoring#sql} and limited in the database. The facts are returned so that the score
 * shown comes from {@link MatchScoring#score}, as in the other direction.
 */
@ApplicationScoped
public class VacancyMatchQueries {

  /** The vacancy's required level as the rank of {@link LanguageLevel#rank()}. */
  static final String REQUIRED_RANK = Arrays.stream(LanguageLevel.values())
      .map(l -> "when '" + l.name() + "' then " + l.rank())
      .collect(Collectors.joining(" ", "case l.level ", " end"));

  @PersistenceContext
  EntityManager em;

  /**
   * One scored vacancy.
   *
   * @param occupationDigits the longest shared ISCO-08 prefix, 0 to 4
   * @param languagesRequired how many languages the vacancy requires
   * @param languagesMet how many of them the person speaks well enough
   */
  public record Row(UUID id, double distanceKm, int occupationDigits, int languagesRequired, int languagesMet,
      int score) {}

  /** The person's skills as matching compares them. */
  public static List<String> skills(VacancyMatching.PersonProfile p) {
    return p.skills() == null ? List.of()
        : p.skills().stream().map(MatchScoring::normaliseSkill).filter(x -> !x.isEmpty()).distinct().toList();
  }

  public List<Row> best(VacancyMatching.PersonProfile p, int limit) {
    List<String> codes = p.occupationCodes().stream().filter(Isco08::hasCodeForm).toList();
    StringBuilder occ = new StringBuilder("greatest(0");
    for (String code : codes) {
      // digits only (checked above), so the literal is safe to inline
      occ.append(", case");
      for (int k = Math.min(4, code.length()); k >= 1; k--) {
        occ.append(" when left(v.occupation_code, ").append(k).append(") = '").append(code, 0, k)
            .append("' then ").append(k);
      }
      occ.append(" else 0 end");
    }
    occ.append(")");
    StringBuilder spoken = new StringBuilder("case lower(l.language)");
    List<Language> languages = p.languages() == null ? List.of() : p.languages();
    for (int i = 0; i < languages.size(); i++) {
      spoken.append(" when :lang").append(i).append(" then ").append(languages.get(i).level().rank());
    }
    spoken.append(" else -1 end");
    String distance = VacancyRepository.DISTANCE_KM;
    List<String> skills = skills(p);
    String skill = "lower(btrim(k.skill))";
    int education = p.highestEducation() == null ? -1 : p.highestEducation().ordinal();
    String sql = "with scored as (select v.id, v.start_date, " + distance + " as km, " + occ + " as occ, "
        + "(select count(*) from employers.vacancy_language l where l.vacancy_id = v.id) as required, "
        + "(select count(*) from employers.vacancy_language l where l.vacancy_id = v.id and "
        + (languages.isEmpty() ? "false" : spoken + " >= " + REQUIRED_RANK) + ") as met, "
        + "(select count(distinct " + skill + ") from employers.vacancy_skill k where k.vacancy_id = v.id and "
        + skill + " <> '') as skills_required, "
        + "(select count(distinct " + skill + ") from employers.vacancy_skill k where k.vacancy_id = v.id and "
        + (skills.isEmpty() ? "false" : skill + " in (:skills)") + ") as skills_met, "
        + "v.driving_licence_required as dl "
        + "from employers.vacancy v join reference.kommune_centroid a on a.kode = v.location_kommune "
        + "join reference.kommune_centroid b on b.kode = :kommune "
        + "where v.status = 'OPEN' and (v.offer_type <> 'IGU' or :age < 40) and (v.kommune_kode = :kommune "
        + "or (v.open_to_other_kommuner and (v.max_commute_km is null or " + distance + " <= v.max_commute_km)))) "
        // education and availability are the person's, the same for every vacancy: literals from the profile
        + "select s.id, s.km, s.occ, s.required, s.met, " + MatchScoring.sql("s.occ", "s.met", "s.required",
            "s.skills_met", "s.skills_required", "(not s.dl or " + p.drivingLicence() + ")",
            String.valueOf(education), String.valueOf(p.available()))
        + " as score from scored s where s.occ > 0 order by score desc, s.start_date, s.id limit :limit";
    Query q = em.createNativeQuery(sql).setParameter("kommune", p.kommune()).setParameter("age", p.age())
        .setParameter("limit", limit);
    if (!skills.isEmpty()) {
      q.setParameter("skills", skills);
    }
    for (int i = 0; i < languages.size(); i++) {
      q.setParameter("lang" + i, languages.get(i).language().strip().toLowerCase(Locale.ROOT));
    }
    List<Row> rows = new ArrayList<>();
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      rows.add(new Row((UUID) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).intValue(),
          ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue()));
    }
    return rows;
  }
}
