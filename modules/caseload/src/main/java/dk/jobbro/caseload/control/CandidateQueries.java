package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.caseload.OfferType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores job-ready cases against a vacancy in PostgreSQL and returns only the best rows: the score of every case in
 * the searched kommuner is computed by one statement over the kommune index and the per-case child tables, ordered
 * and limited there, so Java only ever sees {@code limit} rows. Points (100 in all): occupation experience by the
 * longest shared ISCO-08 prefix (4 digits 40, 3 digits 30, 2 digits 20, major group 10), the required languages at
 * their minimum level (30, shared equally), education (10 from upper-secondary or vocational up, 5 lower-secondary)
 * and availability, no company-oriented offer running today (20).
 */
@ApplicationScoped
public class CandidateQueries {

  public static final int OCCUPATION_POINTS = 40;
  public static final int LANGUAGE_POINTS = 30;
  public static final int EDUCATION_POINTS = 10;
  public static final int AVAILABLE_POINTS = 20;

  /** The education levels in order, as the rank SQL compares. */
  static final String EDUCATION_RANK = "case e.level when 'NONE' then 0 when 'PRIMARY' then 1 "
      + "when 'LOWER_SECONDARY' then 2 when 'UPPER_SECONDARY' then 3 when 'VOCATIONAL' then 4 "
      + "when 'SHORT_CYCLE_TERTIARY' then 5 when 'BACHELOR' then 6 when 'MASTER' then 7 when 'DOCTORATE' then 8 end";

  /** Case language levels on one scale with CEFR: BASIC is about A2, GOOD about B1, FLUENT about C1. */
  static final String LANGUAGE_RANK = "case l.level when 'NONE' then 0 when 'A1' then 1 when 'BASIC' then 2 "
      + "when 'A2' then 2 when 'B1' then 3 when 'GOOD' then 3 when 'B2' then 4 when 'C1' then 5 "
      + "when 'FLUENT' then 5 when 'C2' then 6 end";

  private static final List<String> COMPANY_ORIENTED = Arrays.stream(OfferType.values())
      .filter(OfferType::isCompanyOriented).map(Enum::name).toList();

  @PersistenceContext
  EntityManager em;

  /** The rank of a level on the scale of {@link #LANGUAGE_RANK}. */
  public static int rank(LanguageLevel level) {
    return switch (level) {
      case NONE -> 0;
      case A1 -> 1;
      case BASIC, A2 -> 2;
      case B1, GOOD -> 3;
      case B2 -> 4;
      case C1, FLUENT -> 5;
      case C2 -> 6;
    };
  }

  /** Points for the longest shared occupation prefix (0 to 4 digits). */
  public static int occupationPoints(int digits) {
    return digits * OCCUPATION_POINTS / 4;
  }

  /** Points for {@code met} of {@code required} languages; no requirement is fully met. */
  public static int languagePoints(int met, int required) {
    return required == 0 ? LANGUAGE_POINTS : met * LANGUAGE_POINTS / required;
  }

  /** Points for the highest education rank (-1 when none is recorded). */
  public static int educationPoints(int rank) {
    return rank >= 3 ? EDUCATION_POINTS : rank == 2 ? EDUCATION_POINTS / 2 : 0;
  }

  /**
   * One scored row.
   *
   * @param languagesMet per required language, in query order
   */
  public record Row(java.util.UUID id, String kommune, String name, String gender, LocalDate birthDate,
      int occupationDigits, boolean[] languagesMet, int educationRank, boolean available, int score,
      String languages, String occupations) {}

  public List<Row> best(CandidateQuery q, LocalDate today, int limit) {
    String code = q.occupationCode();
    if (code == null || !code.matches("\\d{1,6}")) {
      throw new IllegalArgumentException("occupation code must be 1 to 6 digits");
    }
    List<CandidateQuery.Requirement> reqs = q.languages() == null ? List.of() : q.languages();
    StringBuilder occupation = new StringBuilder("coalesce((select max(case");
    for (int k = Math.min(4, code.length()); k >= 1; k--) {
      // digits only (checked above), so the literal is safe to inline
      occupation.append(" when left(w.occupation_code, ").append(k).append(") = '").append(code, 0, k)
          .append("' then ").append(k);
    }
    occupation.append(" else 0 end) from caseload.case_work_experience w where w.case_id = c.id), 0)");
    StringBuilder languages = new StringBuilder();
    StringBuilder metSum = new StringBuilder("0");
    for (int i = 0; i < reqs.size(); i++) {
      languages.append(", exists (select 1 from caseload.case_language l where l.case_id = c.id and lower(l.language) "
          + "= :lang").append(i).append(" and ").append(LANGUAGE_RANK).append(" >= :rank").append(i)
          .append(") as lang").append(i);
      metSum.append(" + lang").append(i).append("::int");
    }
    String ageFilter = q.maxAge() == null ? "" : " and c.birth_date > :oldest";
    String sql = "with scored as (select c.id, c.kommune_kode, c.full_name, c.gender, c.birth_date, "
        + occupation + " as occ" + languages
        + ", coalesce((select max(" + EDUCATION_RANK + ") from caseload.case_education e where e.case_id = c.id), -1)"
        + " as edu, not exists (select 1 from caseload.offer o where o.case_id = c.id and o.type in (:types) "
        + "and o.start_date <= :today and (o.end_date is null or o.end_date >= :today)) as available "
        + "from caseload.case_file c where c.kommune_kode in (:kommuner) and c.status = 'ACTIVE' "
        + "and c.job_readiness = 'JOBPARAT'" + ageFilter + "), "
        + "ranked as (select s.*, (s.occ * " + OCCUPATION_POINTS + " / 4) + "
        + (reqs.isEmpty() ? String.valueOf(LANGUAGE_POINTS)
            : "((" + metSum + ") * " + LANGUAGE_POINTS + " / " + reqs.size() + ")")
        + " + (case when s.edu >= 3 then " + EDUCATION_POINTS + " when s.edu = 2 then " + EDUCATION_POINTS / 2
        + " else 0 end) + (case when s.available then " + AVAILABLE_POINTS + " else 0 end) as score "
        + "from scored s order by score desc, s.occ desc, s.id limit :limit) "
        + "select r.*, (select string_agg(l.language || ':' || l.level, ',' order by l.language) "
        + "from caseload.case_language l where l.case_id = r.id) as spoken, "
        + "(select string_agg(distinct w.occupation_code, ',') from caseload.case_work_experience w "
        + "where w.case_id = r.id and w.occupation_code is not null) as occupations "
        + "from ranked r order by r.score desc, r.occ desc, r.id";
    Query query = em.createNativeQuery(sql)
        .setParameter("types", COMPANY_ORIENTED)
        .setParameter("today", today)
        .setParameter("kommuner", List.copyOf(q.kommuner().keySet()))
        .setParameter("limit", limit);
    for (int i = 0; i < reqs.size(); i++) {
      query.setParameter("lang" + i, reqs.get(i).language().strip().toLowerCase(java.util.Locale.ROOT));
      query.setParameter("rank" + i, rank(reqs.get(i).level()));
    }
    if (q.maxAge() != null) {
      query.setParameter("oldest", today.minusYears(q.maxAge() + 1L));
    }
    List<Row> rows = new ArrayList<>();
    for (Object o : query.getResultList()) {
      Object[] r = (Object[]) o;
      int n = reqs.size();
      boolean[] met = new boolean[n];
      for (int i = 0; i < n; i++) {
        met[i] = (Boolean) r[6 + i];
      }
      rows.add(new Row((java.util.UUID) r[0], ((String) r[1]).strip(), (String) r[2], (String) r[3],
          toDate(r[4]), ((Number) r[5]).intValue(), met, ((Number) r[6 + n]).intValue(), (Boolean) r[7 + n],
          ((Number) r[8 + n]).intValue(), (String) r[9 + n], (String) r[10 + n]));
    }
    return rows;
  }

  private static LocalDate toDate(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  /** Id, name and kommune of one case, without tenancy: for an accepted match request only. */
  public java.util.Optional<Object[]> identity(java.util.UUID caseId) {
    List<?> rows = em.createNativeQuery("select id, full_name, kommune_kode from caseload.case_file where id = :id")
        .setParameter("id", caseId).getResultList();
    return rows.stream().findFirst().map(r -> (Object[]) r);
  }
}
