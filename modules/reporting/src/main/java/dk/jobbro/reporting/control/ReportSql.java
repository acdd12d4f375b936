package dk.jobbro.reporting.control;

import dk.jobbro.api.shared.time.ClockProducer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report query: native SQL with named parameters, over the modules' published reporting views only
 * (caseload.report_case, report_benefit, report_offer; employers.report_igu_*; handover.report_handover). Kept apart
 * from {@link ReportQueries}, which runs them, so a benchmark can run exactly the same SQL over plain JDBC or psql.
 * Every per-kommune query returns all 98 kommuner in kommunekode order, zeros included.
 */
public record ReportSql(String sql, Map<String, Object> parameters) {

  /** A named parameter; '::' casts are not parameters. */
  private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

  /**
   * The statement on a plain JDBC connection: each named parameter becomes a positional one, bound to its value with
   * the driver's own type mapping (a {@code LocalDate} as a date, as Hibernate binds it).
   */
  public PreparedStatement prepare(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    PreparedStatement statement = connection.prepareStatement(withParameters(name -> {
      names.add(name);
      return "?";
    }));
    try {
      for (int i = 0; i < names.size(); i++) {
        statement.setObject(i + 1, parameters.get(names.get(i)));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** The SQL with each named parameter replaced by what {@code replacement} makes of its name. */
  public String withParameters(Function<String, String> replacement) {
    Matcher m = PARAMETER.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!parameters.containsKey(name)) {
        throw new IllegalArgumentException("no value for :" + name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(name)));
    }
    m.appendTail(out);
    return out.toString();
  }

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
   * Per kommune, the cases taken over in [from, to] broken down twice over the same persons, so that the two
   * breakdowns share their totals exactly: by how the first company-oriented offer went (within 14 days, within the
   * legal month, late, not yet given and overdue, not yet given and past the 14-day target, not yet given and not
   * yet due, on {@code today}), and by gender and
   * whether in work or education on {@code on} (a job, subsidised or not, an IGU, education, or self-support
   * registered by then): the Integrationsbarometer's "in work after 3 years" for the cohort.
   */
  public static ReportSql takeovers(LocalDate from, LocalDate to, LocalDate today, LocalDate on) {
    return new ReportSql("""
        with cohort as (
          select c.case_id, c.kommune_kode, c.gender,
                 -- a first offer planned after today is not met yet (FirstOfferClock): it falls to OPEN_*
                 case when c.first_offer_date <= least(c.first_offer_target_date, :today) then 'WITHIN_14_DAYS'
                      when c.first_offer_date <= least(c.first_offer_latest_date, :today) then 'WITHIN_MONTH'
                      when c.first_offer_date <= :today then 'LATE'
                      when c.first_offer_latest_date < :today then 'OPEN_OVERDUE'
                      when c.first_offer_target_date < :today then 'OPEN_TARGET_MISSED'
                      else 'OPEN_NOT_DUE' end as first_offer,
                 (c.self_supporting_date is not null and c.self_supporting_date <= :on)
                 or exists (select 1 from caseload.report_offer o
                             where o.case_id = c.case_id
                               and o.type in ('ORDINARY_JOB', 'LOENTILSKUD', 'IGU', 'EDUCATION')
                               and o.start_date <= :on and (o.end_date is null or o.end_date >= :on)) as working
            from caseload.report_case c
           where c.takeover_date between :from and :to)
        select k.kode, k.navn,
               count(c.case_id) filter (where c.first_offer = 'WITHIN_14_DAYS') as within_14_days,
               count(c.case_id) filter (where c.first_offer = 'WITHIN_MONTH') as within_month,
               count(c.case_id) filter (where c.first_offer = 'LATE') as late,
               count(c.case_id) filter (where c.first_offer = 'OPEN_OVERDUE') as open_overdue,
               count(c.case_id) filter (where c.first_offer = 'OPEN_TARGET_MISSED') as open_target_missed,
               count(c.case_id) filter (where c.first_offer = 'OPEN_NOT_DUE') as open_not_due,
               count(c.case_id) filter (where c.gender = 'MALE' and c.working) as men_working,
               count(c.case_id) filter (where c.gender = 'MALE' and not c.working) as men_not,
               count(c.case_id) filter (where c.gender = 'FEMALE' and c.working) as women_working,
               count(c.case_id) filter (where c.gender = 'FEMALE' and not c.working) as women_not
          from reference.kommune k
          left join cohort c on c.kommune_kode = k.kode
         group by k.kode, k.navn
         order by k.kode""", Map.of("from", from, "to", to, "today", today, "on", on));
  }

  /**
   * Per kommune: the persons under the programme who receive integration benefit or kontanthjælp on day
   * {@code from} and on day {@code to} (the two levels whose difference is the net change), and the population on
   * 1 January of {@code populationYear}. Columns: kode, navn, at_from, at_to, population; in kommunekode order.
   *
   * <p>The where clause keeps only benefit periods covering one of the two days, of cases in the programme on one of
   * them: exactly the rows either count can use, so the counts are the same as over all periods, but the join and
   * the distinct counts see the recipients of two days instead of every period ever recorded (on a national data
   * set of 100,000 persons about 60,000 rows instead of 170,000, and as few for two days years apart).
   */
  public static ReportSql programmeRecipients(LocalDate from, LocalDate to, int populationYear) {
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
           group by b.kommune_kode)
        select k.kode, k.navn, coalesce(r.at_from, 0) as at_from, coalesce(r.at_to, 0) as at_to, p.population
          from reference.kommune k
          left join recipients r on r.kommune_kode = k.kode
          join reference.kommune_population p on p.kommune_kode = k.kode and p.year = :populationYear
         order by k.kode""".formatted(benefitCovers("from"), benefitCovers("to"), inProgramme("from"),
        inProgramme("to")), Map.of("from", from, "to", to, "populationYear", populationYear));
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
   * Per kommune, the IGU placements started in [from, to], broken down twice over the same placements so that the
   * breakdowns share their totals exactly: by employer sector (municipal, state, private) and by status now (running,
   * completed, ended early).
   */
  public static ReportSql iguStarts(LocalDate from, LocalDate to) {
    return new ReportSql("""
        select k.kode, k.navn,
               count(p.placement_id) filter (where p.sector = 'MUNICIPAL') as municipal,
               count(p.placement_id) filter (where p.sector = 'STATE') as state,
               count(p.placement_id) filter (where p.sector = 'PRIVATE') as private,
               count(p.placement_id) filter (where p.status = 'ACTIVE') as running,
               count(p.placement_id) filter (where p.status = 'COMPLETED') as completed,
               count(p.placement_id) filter (where p.status = 'TERMINATED') as ended_early
          from reference.kommune k
          left join employers.report_igu_placement p on p.kommune_kode = k.kode and p.start_date between :from and :to
         group by k.kode, k.navn
         order by k.kode""", Map.of("from", from, "to", to));
  }

  /**
   * The IGU placements started in [from, to] in the whole country by a characteristic of the person and by status
   * now (running, completed, ended early): {@code by} is "gender", "ageBand" (age on the start date: 18-24, 25-29,
   * 30-39, 40-49, other) or "country" (country of origin as registered, lower case; '' when unknown). Every
   * placement falls in exactly one category, so the categories add up to the national totals by status.
   */
  public static ReportSql iguStartsBy(LocalDate from, LocalDate to, String by) {
    String category = switch (by) {
      case "gender" -> "coalesce(c.gender, '')";
      case "ageBand" -> """
          case when extract(year from age(p.start_date, c.birth_date)) between 18 and 24 then '18-24'
               when extract(year from age(p.start_date, c.birth_date)) between 25 and 29 then '25-29'
               when extract(year from age(p.start_date, c.birth_date)) between 30 and 39 then '30-39'
               when extract(year from age(p.start_date, c.birth_date)) between 40 and 49 then '40-49'
               else 'other' end""";
      case "country" -> "lower(trim(coalesce(c.country_of_origin, '')))";
      default -> throw new IllegalArgumentException("no such characteristic: " + by);
    };
    return new ReportSql("""
        select %s as category,
               count(*) filter (where p.status = 'ACTIVE') as running,
               count(*) filter (where p.status = 'COMPLETED') as completed,
               count(*) filter (where p.status = 'TERMINATED') as ended_early
          from employers.report_igu_placement p
          left join caseload.report_case c on c.case_id = p.case_id
         where p.start_date between :from and :to
         group by 1
         order by 1""".formatted(category), Map.of("from", from, "to", to));
  }

  /**
   * Per ministry area: the year's target and the STATE placements running on the date, each counted under the area
   * in force on that date (employers.ministry_area_on follows renamed and merged ministries to their successor).
   */
  public static ReportSql iguTargets(int year, LocalDate on) {
    return new ReportSql("""
        with running as (
          select employers.ministry_area_on(ministry_area, :on) as ministry_area
            from employers.report_igu_placement
           where sector = 'STATE' and start_date <= :on and end_date >= :on),
        areas as (
          select ministry_area from employers.report_igu_target where year = :year
          union
          select ministry_area from running)
        select a.ministry_area,
               t.target_pupils,
               (select count(*) from running p where p.ministry_area = a.ministry_area) as actual
          from areas a
          left join employers.report_igu_target t on t.ministry_area = a.ministry_area and t.year = :year
         order by a.ministry_area""", Map.of("year", year, "on", on));
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
   * Handovers sent in [from, to] (withdrawn ones left out), in one statement grouped both by receiving kommune (all
   * 98) and by sender, so that the two groupings share their totals exactly. Columns: grouping ('kommune' or
   * 'sender'), key, name, taken over, not taken over, average completeness, median days from visitation decision to
   * takeover, and how many taken-over handovers that median rests on. The days are Danish calendar days: a handover
   * sent at 00:30 on 1 January, Danish time, counts in the new year also on a server whose time zone is UTC.
   */
  public static ReportSql handoverQuality(LocalDate from, LocalDate to) {
    return new ReportSql("""
        with sent as (
          select h.* from handover.report_handover h
           where h.sent_at >= :sentFrom and h.sent_at < :sentBefore
             and h.status <> 'WITHDRAWN'),
        measured as (
          select case when grouping(s.sender) = 0 then 'sender' else 'kommune' end as by,
                 coalesce(s.sender, s.kommune_kode) as key,
                 count(*) filter (where s.status = 'TAKEN_OVER') as taken_over,
                 count(*) filter (where s.status <> 'TAKEN_OVER') as not_taken_over,
                 avg(s.completeness_score) as completeness,
                 percentile_cont(0.5) within group (order by s.takeover_date - s.visitation_decision_date)
                     filter (where %1$s) as lead_days,
                 count(*) filter (where %1$s) as lead_persons
            from sent s
           group by grouping sets ((s.kommune_kode), (s.sender)))
        select 'kommune', k.kode, k.navn, coalesce(m.taken_over, 0), coalesce(m.not_taken_over, 0),
               m.completeness, m.lead_days, coalesce(m.lead_persons, 0)
          from reference.kommune k
          left join measured m on m.by = 'kommune' and m.key = k.kode
        union all
        select 'sender', m.key, m.key, m.taken_over, m.not_taken_over, m.completeness, m.lead_days, m.lead_persons
          from measured m where m.by = 'sender'
         order by 1, 2""".formatted("s.status = 'TAKEN_OVER' and s.visitation_decision_date is not null "
        + "and s.takeover_date is not null"),
        Map.of("sentFrom", danishMidnight(from), "sentBefore", danishMidnight(to.plusDays(1))));
  }

  /** {@link ClockProducer#danishMidnight} as JDBC binds a timestamptz (PostgreSQL's driver takes no ZonedDateTime). */
  static OffsetDateTime danishMidnight(LocalDate day) {
    return ClockProducer.danishMidnight(day).toOffsetDateTime();
  }
}
