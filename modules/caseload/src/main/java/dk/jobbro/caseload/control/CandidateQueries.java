package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.employers.MatchScoring;
import dk.jobbro.api.shared.reference.Isco08;
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
 * the searched kommuner is computed by one statement, ordered and limited there, so Java only ever sees {@code limit}
 * rows. The statement reads each child table once for the whole candidate set and groups the facts by case (see
 * {@link #facts}) rather than asking per case: for 18,000 candidates that was 90,000 index lookups, two to three
 * times slower.
 *
 * <p>The facts are those of {@link MatchScoring}: occupation prefix, languages, skills, driving licence, education and
 * availability; the order and limit use {@link MatchScoring#sql}, the score shown is {@link MatchScoring#score}.
 */
@ApplicationScoped
public class CandidateQueries {

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

  /**
   * An offer that keeps a person from being available: company-oriented (an IGU's offer included), not cancelled,
   * not ended, and running or starting within {@link MatchScoring#AVAILABILITY_HORIZON_DAYS}. Both directions of
   * matching use it: over the candidate set here, for one case in {@link #available}.
   */
  static final String BUSY = "o.type in (:types) and o.cancelled_on is null and o.start_date <= :horizon "
      + "and (o.end_date is null or o.end_date >= :today)";

  @PersistenceContext
  EntityManager em;

  /** Whether the case is available for a new job on {@code today} (no {@link #BUSY} offer). */
  public boolean available(java.util.UUID caseId, LocalDate today) {
    return em.createNativeQuery("select o.id from caseload.offer o where o.case_id = :id and " + BUSY)
        .setParameter("id", caseId).setParameter("types", COMPANY_ORIENTED).setParameter("today", today)
        .setParameter("horizon", today.plusDays(MatchScoring.AVAILABILITY_HORIZON_DAYS)).setMaxResults(1)
        .getResultList().isEmpty();
  }

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

  /**
   * One scored row.
   *
   * @param languagesMet per required language, in query order
   */
  public record Row(java.util.UUID id, String kommune, String name, String gender, LocalDate birthDate,
      int occupationDigits, boolean[] languagesMet, int educationRank, boolean available, int score,
      String languages, String occupations, String skills, boolean drivingLicence) {}

  public List<Row> best(CandidateQuery q, LocalDate today, int limit) {
    String code = q.occupationCode();
    if (!Isco08.hasCodeForm(code)) {
      throw new IllegalArgumentException("occupation code must be 1 to 6 digits");
    }
    List<CandidateQuery.Requirement> reqs = q.languages() == null ? List.of() : q.languages();
    int n = reqs.size();
    List<String> skills = skills(q);
    Query query = em.createNativeQuery(statement(code, n, skills.size(), q.drivingLicenceRequired(),
            q.maxAge() != null))
        .setParameter("types", COMPANY_ORIENTED)
        .setParameter("today", today)
        .setParameter("horizon", today.plusDays(MatchScoring.AVAILABILITY_HORIZON_DAYS))
        .setParameter("kommuner", List.copyOf(q.kommuner().keySet()))
        .setParameter("limit", limit);
    if (!skills.isEmpty()) {
      query.setParameter("skills", skills);
    }
    if (n > 0) {
      query.setParameter("langs", reqs.stream().map(CandidateQueries::language).toList());
    }
    for (int i = 0; i < n; i++) {
      query.setParameter("lang" + i, language(reqs.get(i)));
      query.setParameter("rank" + i, rank(reqs.get(i).level()));
    }
    if (q.maxAge() != null) {
      query.setParameter("oldest", today.minusYears(q.maxAge() + 1L));
    }
    List<Row> rows = new ArrayList<>();
    for (Object o : query.getResultList()) {
      Object[] r = (Object[]) o;
      boolean[] met = new boolean[n];
      for (int i = 0; i < n; i++) {
        met[i] = (Boolean) r[6 + i];
      }
      rows.add(new Row((java.util.UUID) r[0], ((String) r[1]).strip(), (String) r[2], (String) r[3],
          toDate(r[4]), ((Number) r[5]).intValue(), met, ((Number) r[6 + n]).intValue(), (Boolean) r[7 + n],
          ((Number) r[8 + n]).intValue(), (String) r[9 + n], (String) r[10 + n], (String) r[11 + n],
          (Boolean) r[12 + n]));
    }
    return rows;
  }

  /** The vacancy's required skills, normalised and without repeats (so counting them agrees with Java). */
  public static List<String> skills(CandidateQuery q) {
    return q.skills() == null ? List.of()
        : q.skills().stream().map(MatchScoring::normaliseSkill).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /**
   * The statement for an occupation code (1 to 6 digits, checked), {@code n} required languages, {@code skills}
   * required skills, whether a driving licence is required and an age limit.
   */
  static String statement(String code, int n, int skills, boolean licence, boolean ageLimit) {
    String ageFilter = ageLimit ? " and c.birth_date > :oldest" : "";
    return "with cand as materialized (select c.id, coalesce(c.driving_licence, false) as dl "
        + "from caseload.case_file c where c.kommune_kode in (:kommuner) "
        + "and c.status = 'ACTIVE' and c.job_readiness = 'JOBPARAT'" + ageFilter + "), "
        + "facts as (" + facts(code, n, skills) + "), "
        + "scored as (select f.case_id as id, coalesce(max(f.occ), 0) as occ" + languageAggregates(n)
        + ", coalesce(max(f.edu), -1) as edu, not coalesce(bool_or(f.busy), false) as available, "
        + "count(distinct f.skill) as skills_met, coalesce(bool_or(f.dl), false) as dl "
        + "from facts f group by f.case_id), "
        + "ranked as (select s.*, " + MatchScoring.sql("s.occ", metSum(n), String.valueOf(n), "s.skills_met",
            String.valueOf(skills), licence ? "s.dl" : "true", "s.edu", "s.available") + " as score "
        + "from scored s order by score desc, s.occ desc, s.id limit :limit) "
        // only the ranked few are joined back for what the profile shows
        + "select r.id, c.kommune_kode, c.full_name, c.gender, c.birth_date, r.occ" + columns("r.lang", n)
        + ", r.edu, r.available, r.score, "
        + "(select string_agg(l.language || ':' || l.level, ',' order by l.language) "
        + "from caseload.case_language l where l.case_id = r.id) as spoken, "
        + "(select string_agg(distinct w.occupation_code, ',') from caseload.case_work_experience w "
        + "where w.case_id = r.id and w.occupation_code is not null) as occupations, "
        + "(select string_agg(lower(btrim(k.skill)), '|') from caseload.case_skill k where k.case_id = r.id) "
        + "as skills, r.dl "
        + "from ranked r join caseload.case_file c on c.id = r.id order by r.score desc, r.occ desc, r.id";
  }

  /**
   * One row per fact about a candidate, to be grouped by case: each child table is read once, joined to the candidate
   * set (so the planner can choose index lookups for one kommune or one hash join for many), and every candidate has
   * a row of its own so that a case without any child rows still gets scored. Columns: case_id, occ, lang0..lang(n-1),
   * edu, busy; a column a branch says nothing about is null, which max and bool_or skip.
   */
  static String facts(String code, int languages, int skills) {
    StringBuilder occupation = new StringBuilder("case");
    for (int k = Math.min(4, code.length()); k >= 1; k--) {
      // digits only (checked by the caller), so the literal is safe to inline
      occupation.append(" when left(w.occupation_code, ").append(k).append(") = '").append(code, 0, k)
          .append("' then ").append(k);
    }
    occupation.append(" else 0 end");
    StringBuilder met = new StringBuilder();
    for (int i = 0; i < languages; i++) {
      met.append(", lower(l.language) = :lang").append(i).append(" and ").append(LANGUAGE_RANK).append(" >= :rank")
          .append(i);
    }
    String noLanguages = ", null::boolean".repeat(languages);
    String sql = "select cand.id as case_id, null::int as occ" + columns("null::boolean as lang", languages)
        + ", null::int as edu, null::boolean as busy, null::text as skill, cand.dl as dl from cand "
        + "union all select w.case_id, " + occupation + noLanguages + ", null, null, null, null "
        + "from caseload.case_work_experience w join cand on cand.id = w.case_id ";
    if (languages > 0) {
      sql += "union all select l.case_id, null" + met + ", null, null, null, null "
          + "from caseload.case_language l join cand on cand.id = l.case_id where lower(l.language) in (:langs) ";
    }
    if (skills > 0) {
      sql += "union all select k.case_id, null" + noLanguages + ", null, null, lower(btrim(k.skill)), null "
          + "from caseload.case_skill k join cand on cand.id = k.case_id where lower(btrim(k.skill)) in (:skills) ";
    }
    // a planned or signed offer (an IGU's included) starting within the horizon makes the person busy already;
    // a cancelled one never happened
    return sql + "union all select e.case_id, null" + noLanguages + ", " + EDUCATION_RANK + ", null, null, null "
        + "from caseload.case_education e join cand on cand.id = e.case_id "
        + "union all select o.case_id, null" + noLanguages + ", null, true, null, null "
        + "from caseload.offer o join cand on cand.id = o.case_id where " + BUSY;
  }

  private static String languageAggregates(int languages) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < languages; i++) {
      sql.append(", coalesce(bool_or(f.lang").append(i).append("), false) as lang").append(i);
    }
    return sql.toString();
  }

  private static String metSum(int languages) {
    StringBuilder sql = new StringBuilder("0");
    for (int i = 0; i < languages; i++) {
      sql.append(" + s.lang").append(i).append("::int");
    }
    return sql.toString();
  }

  /** ", prefix0, prefix1, ..." — "as lang" prefixes name the columns, "r.lang" ones read them. */
  private static String columns(String prefix, int languages) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < languages; i++) {
      sql.append(", ").append(prefix).append(i);
    }
    return sql.toString();
  }

  private static String language(CandidateQuery.Requirement requirement) {
    return requirement.language().strip().toLowerCase(java.util.Locale.ROOT);
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
