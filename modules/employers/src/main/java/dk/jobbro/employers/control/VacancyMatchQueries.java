package dk.jobbro.employers.control;

import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.employers.VacancyMatching;
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
 * person's experience, required languages met at their minimum level; ordered and limited in the database.
 */
@ApplicationScoped
public class VacancyMatchQueries {

  public static final int OCCUPATION_POINTS = 60;
  public static final int LANGUAGE_POINTS = 40;

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

  public List<Row> best(VacancyMatching.PersonProfile p, int limit) {
    List<String> codes = p.occupationCodes().stream().filter(c -> c != null && c.matches("\\d{1,6}")).toList();
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
    String sql = "with scored as (select v.id, v.start_date, " + distance + " as km, " + occ + " as occ, "
        + "(select count(*) from employers.vacancy_language l where l.vacancy_id = v.id) as required, "
        + "(select count(*) from employers.vacancy_language l where l.vacancy_id = v.id and "
        + (languages.isEmpty() ? "false" : spoken + " >= " + REQUIRED_RANK) + ") as met "
        + "from employers.vacancy v join reference.kommune_centroid a on a.kode = v.location_kommune "
        + "join reference.kommune_centroid b on b.kode = :kommune "
        + "where v.status = 'OPEN' and (v.offer_type <> 'IGU' or :age < 40) and (v.kommune_kode = :kommune "
        + "or (v.open_to_other_kommuner and (v.max_commute_km is null or " + distance + " <= v.max_commute_km)))) "
        + "select s.id, s.km, s.occ, s.required, s.met, (s.occ * " + OCCUPATION_POINTS + " / 4) + (case when "
        + "s.required = 0 then " + LANGUAGE_POINTS + " else s.met * " + LANGUAGE_POINTS + " / s.required end) "
        + "as score from scored s where s.occ > 0 order by score desc, s.start_date, s.id limit :limit";
    Query q = em.createNativeQuery(sql).setParameter("kommune", p.kommune()).setParameter("age", p.age())
        .setParameter("limit", limit);
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
