package dk.jobbro.reporting.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * One report query: native SQL with named parameters, over the modules' published reporting views only
 * (caseload.report_case, report_benefit, report_offer; employers.report_igu_*; handover.report_handover). Kept apart
 * from {@link ReportQueries}, which runs them, so a benchmark can run exactly the same SQL over plain JDBC or psql.
 * Every per-kommune query returns all 98 kommuner in kommunekode order, zeros included.
 */
public record ReportSql(String sql, Map<String, Object> parameters) {

  /** Per kommune: persons who became self-supporting in [from, to), men and women. */
  public static ReportSql selfSupporting(LocalDate from, LocalDate to) {
    return new ReportSql("""
        select k.kode, k.navn,
               count(c.case_id) filter (where c.gender = 'MALE') as men,
               count(c.case_id) filter (where c.gender = 'FEMALE') as women
          from reference.kommune k
          left join caseload.report_case c
            on c.kommune_kode = k.kode and c.self_supporting_date >= :from and c.self_supporting_date < :to
         group by k.kode, k.navn
         order by k.kode""", Map.of("from", from, "to", to));
  }

  /**
   * Per kommune, of the cases taken over in [from, to]: first company-oriented offer within 14 days, within the
   * legal month, late, not yet given and overdue, not yet given and not yet due (on {@code today}).
   */
  public static ReportSql firstOfferCompliance(LocalDate from, LocalDate to, LocalDate today) {
    return new ReportSql("""
        select k.kode, k.navn,
               count(c.case_id) filter (where c.first_offer_date <= c.first_offer_target_date) as within_14_days,
               count(c.case_id) filter (where c.first_offer_date > c.first_offer_target_date
                                          and c.first_offer_date <= c.first_offer_latest_date) as within_month,
               count(c.case_id) filter (where c.first_offer_date > c.first_offer_latest_date) as late,
               count(c.case_id) filter (where c.first_offer_date is null
                                          and c.first_offer_latest_date < :today) as open_overdue,
               count(c.case_id) filter (where c.first_offer_date is null
                                          and c.first_offer_latest_date >= :today) as open_not_due
          from reference.kommune k
          left join caseload.report_case c
            on c.kommune_kode = k.kode and c.takeover_date between :from and :to
         group by k.kode, k.navn
         order by k.kode""", Map.of("from", from, "to", to, "today", today));
  }

  /**
   * Per kommune: the net change in the number of persons under the programme who receive integration benefit or
   * kontanthjælp, from day {@code from} to day {@code to}, ranked with a fall first and ties sharing a rank; and the
   * same change per 1,000 inhabitants (population on 1 January of {@code populationYear}) with its own rank.
   * Columns: kode, navn, change, rank, population, change per 1,000, rank per 1,000; ordered by the rank
   * {@code perThousand} names, then kommunekode.
   *
   * <p>The where clause keeps only benefit periods covering one of the two days, of cases in the programme on one of
   * them: exactly the rows either count can use, so the counts are the same as over all periods, but the join and
   * the distinct counts see the recipients of two days instead of every period ever recorded (on a national data
   * set of 100,000 persons about 60,000 rows instead of 170,000, and as few for two days years apart).
   */
  public static ReportSql programmeDevelopment(LocalDate from, LocalDate to, int populationYear,
      boolean perThousand) {
    return new ReportSql("""
        with recipients as (
          select b.kommune_kode,
                 count(distinct b.case_id) filter (where %1$s and %3$s) as at_from,
                 count(distinct b.case_id) filter (where %2$s and %4$s) as at_to
            from caseload.report_benefit b
            join caseload.report_case c on c.case_id = b.case_id
           where b.kind in ('INTEGRATION_BENEFIT', 'KONTANTHJAELP')
             and ((%1$s) or (%2$s))
             and ((%3$s) or (%4$s))
           group by b.kommune_kode),
        changes as (
          select k.kode, k.navn, coalesce(r.at_to, 0) - coalesce(r.at_from, 0) as change, p.population
            from reference.kommune k
            left join recipients r on r.kommune_kode = k.kode
            join reference.kommune_population p on p.kommune_kode = k.kode and p.year = :populationYear)
        select kode, navn, change,
               rank() over (order by change) as rank,
               population,
               round(change * 1000.0 / population, 2) as change_per_1000,
               rank() over (order by change * 1.0 / population) as rank_per_1000
          from changes
         order by %5$s, kode""".formatted(benefitCovers("from"), benefitCovers("to"), inProgramme("from"),
        inProgramme("to"), perThousand ? "rank_per_1000" : "rank"),
        Map.of("from", from, "to", to, "populationYear", populationYear));
  }

  /** A benefit period {@code b} running on the day named by the parameter. */
  private static String benefitCovers(String day) {
    return "b.start_date <= :%1$s and (b.end_date is null or b.end_date >= :%1$s)".formatted(day);
  }

  /** A case {@code c} in the integration programme on the day named by the parameter. */
  private static String inProgramme(String day) {
    return "c.takeover_date <= :%1$s and (c.programme_end_date is null or c.programme_end_date >= :%1$s)"
        .formatted(day);
  }

  /**
   * Per kommune, IGU placements by employer sector: started in [from, to] when {@code activeOn} is null, else
   * running on {@code activeOn} (started on or before it, ending on or after it).
   */
  public static ReportSql iguPlacements(LocalDate from, LocalDate to, LocalDate activeOn) {
    String period = activeOn == null
        ? "p.start_date between :from and :to"
        : "p.start_date <= :on and p.end_date >= :on";
    Map<String, Object> parameters = activeOn == null ? Map.of("from", from, "to", to) : Map.of("on", activeOn);
    return new ReportSql("""
        select k.kode, k.navn,
               count(p.placement_id) filter (where p.sector = 'MUNICIPAL') as municipal,
               count(p.placement_id) filter (where p.sector = 'STATE') as state,
               count(p.placement_id) filter (where p.sector = 'PRIVATE') as private
          from reference.kommune k
          left join employers.report_igu_placement p on p.kommune_kode = k.kode and %s
         group by k.kode, k.navn
         order by k.kode""".formatted(period), parameters);
  }

  /** Per ministry area: the year's target and the STATE placements running on the date. */
  public static ReportSql iguTargets(int year, LocalDate on) {
    return new ReportSql("""
        with areas as (
          select ministry_area from employers.report_igu_target where year = :year
          union
          select ministry_area from employers.report_igu_placement
           where sector = 'STATE' and start_date <= :on and end_date >= :on)
        select a.ministry_area,
               t.target_pupils,
               (select count(*) from employers.report_igu_placement p
                 where p.sector = 'STATE' and p.ministry_area = a.ministry_area
                   and p.start_date <= :on and p.end_date >= :on) as actual
          from areas a
          left join employers.report_igu_target t on t.ministry_area = a.ministry_area and t.year = :year
         order by a.ministry_area""", Map.of("year", year, "on", on));
  }

  /**
   * Per kommune, the persons taken over in the cohort year [from, to] split by gender into those in work or
   * education on {@code on} (a job, subsidised or not, an IGU, education, or self-support registered by then) and
   * the rest: the Integrationsbarometer's "in work after 3 years".
   */
  public static ReportSql employmentAfterThreeYears(LocalDate from, LocalDate to, LocalDate on) {
    return new ReportSql("""
        with cohort as (
          select c.case_id, c.kommune_kode, c.gender,
                 (c.self_supporting_date is not null and c.self_supporting_date <= :on)
                 or exists (select 1 from caseload.report_offer o
                             where o.case_id = c.case_id
                               and o.type in ('ORDINARY_JOB', 'LOENTILSKUD', 'IGU', 'EDUCATION')
                               and o.start_date <= :on and (o.end_date is null or o.end_date >= :on)) as working
            from caseload.report_case c
           where c.takeover_date between :from and :to)
        select k.kode, k.navn,
               count(c.case_id) filter (where c.gender = 'MALE' and c.working) as men_working,
               count(c.case_id) filter (where c.gender = 'MALE' and not c.working) as men_not,
               count(c.case_id) filter (where c.gender = 'FEMALE' and c.working) as women_working,
               count(c.case_id) filter (where c.gender = 'FEMALE' and not c.working) as women_not
          from reference.kommune k
          left join cohort c on c.kommune_kode = k.kode
         group by k.kode, k.navn
         order by k.kode""", Map.of("from", from, "to", to, "on", on));
  }

  /**
   * Per kommune, IGU placements of persons matching the filters: started in [from, to], running on {@code to},
   * completed, and ended early.
   */
  public static ReportSql iguPipeline(LocalDate from, LocalDate to, String gender, String country, int minAge,
      int maxAge) {
    return new ReportSql("""
        select k.kode, k.navn,
               count(p.placement_id) filter (where p.status = 'ACTIVE' and p.end_date >= :to) as active,
               count(p.placement_id) filter (where p.status = 'COMPLETED') as completed,
               count(p.placement_id) filter (where p.status = 'TERMINATED') as ended_early
          from reference.kommune k
          left join (employers.report_igu_placement p
                     join caseload.report_case c on c.case_id = p.case_id)
            on p.kommune_kode = k.kode and p.start_date between :from and :to
           and (:gender = '' or c.gender = :gender)
           and (:country = '' or lower(c.country_of_origin) = lower(:country))
           and extract(year from age(p.start_date, c.birth_date)) between :minAge and :maxAge
         group by k.kode, k.navn
         order by k.kode""", Map.of("from", from, "to", to, "gender", gender, "country", country,
        "minAge", minAge, "maxAge", maxAge));
  }

  /** IGU bonus milestones due (not yet claimed) on a date, per kind: amounts, not persons. */
  public static ReportSql bonusDue(LocalDate on) {
    return new ReportSql("""
        select kind, count(*), coalesce(sum(amount_kr), 0)
          from employers.report_igu_bonus
         where status in ('PENDING', 'DUE') and due_date <= :on
         group by kind order by kind""", Map.of("on", on));
  }

  /**
   * Handovers sent in [from, to] grouped by receiving kommune (all 98) or by sender: taken over or not, the average
   * completeness, and the median lead time in days from visitation decision to takeover.
   */
  public static ReportSql handoverQuality(LocalDate from, LocalDate to, boolean bySender) {
    String measures = """
               count(h.handover_id) filter (where h.status = 'TAKEN_OVER') as taken_over,
               count(h.handover_id) filter (where h.status <> 'TAKEN_OVER') as not_taken_over,
               avg(h.completeness_score) as completeness,
               percentile_cont(0.5) within group (order by h.takeover_date - h.visitation_decision_date)
                   filter (where h.status = 'TAKEN_OVER' and h.visitation_decision_date is not null) as lead_days""";
    String period = "h.sent_at >= cast(:from as date) and h.sent_at < cast(:to as date) + 1 "
        + "and h.status <> 'WITHDRAWN'";
    String sql = bySender
        ? "select h.sender, h.sender, " + measures + " from handover.report_handover h where " + period
            + " group by h.sender order by h.sender"
        : "select k.kode, k.navn, " + measures
            + " from reference.kommune k left join handover.report_handover h on h.kommune_kode = k.kode and "
            + period + " group by k.kode, k.navn order by k.kode";
    return new ReportSql(sql, Map.of("from", from, "to", to));
  }
}
