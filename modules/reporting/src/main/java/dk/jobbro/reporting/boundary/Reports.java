package dk.jobbro.reporting.boundary;

import dk.jobbro.api.reporting.Report;
import dk.jobbro.api.reporting.ReportColumn;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.reporting.control.PersonTable;
import dk.jobbro.reporting.control.ReportQueries;
import dk.jobbro.reporting.control.ReportScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the reports: SQL aggregates, suppression over the national table, then the caller's view of it. */
@RequestScoped
@Transactional
public class Reports {

  static final String KOMMUNE = "kommune";

  @Inject
  ReportQueries queries;

  @Inject
  ReportScope scope;

  @Inject
  Clock clock;

  @Inject
  @ConfigProperty(name = "reporting.suppression.threshold", defaultValue = "5")
  int threshold;

  /** Persons who became self-supporting through an ordinary job or education in a year, per kommune, by gender. */
  public Report selfSupporting(Integer year) {
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    if (y < 2016 || y > 2100) {
      throw ProblemException.invalidField("year", "must be a year from 2016");
    }
    List<ReportColumn> counts = List.of(ReportColumn.persons("men", "Men"), ReportColumn.persons("women", "Women"));
    PersonTable table = personTable(queries.selfSupporting(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1)), counts);
    return report("self-supporting", "self-supporting/1", Map.of("year", Integer.toString(y)),
        columns(counts, List.of(ReportColumn.persons(PersonTable.TOTAL, "Total"))), table,
        List.of("A person counts in the kommune that holds the case now, in the year of the self-support date."));
  }

  /** Of the cases taken over in a period, how the first company-oriented offer went, per kommune. */
  public Report firstOfferCompliance(String from, String to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate start = from == null ? today.minusYears(1) : Parameters.date("from", from);
    LocalDate end = to == null ? today : Parameters.date("to", to);
    requireOrder(start, end);
    List<ReportColumn> counts = List.of(
        ReportColumn.persons("within14Days", "First offer within 14 days"),
        ReportColumn.persons("withinMonth", "First offer after 14 days, within 1 month"),
        ReportColumn.persons("late", "First offer later than 1 month"),
        ReportColumn.persons("openOverdue", "No offer yet, overdue"),
        ReportColumn.persons("openNotDue", "No offer yet, not due"));
    PersonTable table = personTable(queries.firstOfferCompliance(start, end, today), counts)
        .withShare("within14DaysShare", "within14Days").withShare("withinMonthShare", "withinMonth")
        .withShare("lateShare", "late").withShare("openOverdueShare", "openOverdue");
    List<ReportColumn> shares = List.of(
        new ReportColumn("within14DaysShare", "Within 14 days, % of cases", ReportColumn.Kind.SHARE),
        new ReportColumn("withinMonthShare", "Within 1 month (after 14 days), %", ReportColumn.Kind.SHARE),
        new ReportColumn("lateShare", "Late, %", ReportColumn.Kind.SHARE),
        new ReportColumn("openOverdueShare", "Open and overdue, %", ReportColumn.Kind.SHARE));
    List<ReportColumn> extra = new ArrayList<>(List.of(ReportColumn.persons(PersonTable.TOTAL, "Cases")));
    extra.addAll(shares);
    return report("first-offer-compliance", "first-offer-compliance/1",
        Map.of("from", start.toString(), "to", end.toString(), "today", today.toString()),
        columns(counts, extra), table,
        List.of("Cases taken over from 'from' to 'to'. Target: takeover + 14 days; legal latest: takeover + 1 "
            + "calendar month. Open cases are measured on 'today'."));
  }

  /**
   * The net change in persons under the programme receiving integration benefit or kontanthjælp between the last
   * days of two months, per kommune, a fall ranked first, ties sharing a rank; also per 1,000 inhabitants, so that a
   * small kommune's fall can be set beside a large one's. {@code rankBy} orders the rows by either rank.
   */
  public Report programmeDevelopment(String from, String to, String rankBy) {
    YearMonth start = Parameters.month("from", from);
    YearMonth end = Parameters.month("to", to);
    requireOrder(start.atEndOfMonth(), end.atEndOfMonth());
    boolean perThousand = switch (rankBy == null ? "change" : rankBy) {
      case "change" -> false;
      case "perThousand" -> true;
      default -> throw ProblemException.invalidField("rankBy", "must be change or perThousand");
    };
    int populationYear = queries.populationYear(start.getYear());
    List<Map<String, Object>> rows = new ArrayList<>();
    long total = 0;
    long population = 0;
    for (Object[] r : queries.programmeDevelopment(start.atEndOfMonth(), end.atEndOfMonth(), populationYear,
        perThousand)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(KOMMUNE, r[0].toString());
      row.put("navn", r[1]);
      row.put("change", ((Number) r[2]).longValue());
      row.put("rank", ((Number) r[3]).longValue());
      row.put("population", ((Number) r[4]).longValue());
      row.put("changePer1000", ((Number) r[5]).doubleValue());
      row.put("rankPer1000", ((Number) r[6]).longValue());
      total += ((Number) r[2]).longValue();
      population += ((Number) r[4]).longValue();
      rows.add(row);
    }
    Map<String, Object> totalRow = new LinkedHashMap<>();
    totalRow.put("change", total);
    totalRow.put("population", population);
    totalRow.put("changePer1000", population == 0 ? null
        : BigDecimal.valueOf(total * 1000.0 / population).setScale(2, RoundingMode.HALF_UP)
            .doubleValue());
    return new Report("programme-development", "programme-development/2",
        Map.of("from", start.toString(), "to", end.toString(), "rankBy", perThousand ? "perThousand" : "change",
            "populationYear", Integer.toString(populationYear)),
        queries.cutOff(), threshold,
        List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"), ReportColumn.dimension("navn", "Kommune"),
            new ReportColumn("change", "Net change in recipients", ReportColumn.Kind.CHANGE),
            new ReportColumn("rank", "Rank (a fall first)", ReportColumn.Kind.RANK),
            new ReportColumn("population", "Inhabitants 1 January " + populationYear, ReportColumn.Kind.COUNT),
            new ReportColumn("changePer1000", "Net change per 1,000 inhabitants", ReportColumn.Kind.CHANGE),
            new ReportColumn("rankPer1000", "Rank per 1,000 inhabitants (a fall first)", ReportColumn.Kind.RANK)),
        scope.visible(rows, KOMMUNE), totalRow, null,
        List.of("Recipients on the last day of each month: persons in the programme on that day with a period of "
            + "integrationsydelse (selvforsørgelses- og hjemrejseydelse) or kontanthjælp covering it. Net changes "
            + "are published as they are, like the Jobindsats figures; the levels behind them are not shown.",
            "Inhabitants: Statistics Denmark, FOLK1A, 1 January " + populationYear + " (the year of 'from', or the "
            + "nearest year shipped with Jobbro)."));
  }

  /**
   * IGU placements per kommune by employer sector, with how concentrated they are: the share held by the top N
   * kommuner, and how many kommuner have none or only one or two. Placement counts are shown unsuppressed: a count
   * of IGU jobs per kommune and sector singles no person out (as SIRI publishes them).
   */
  public Report iguPlacements(String from, String to, String activeOn, Integer top) {
    LocalDate on = activeOn == null ? null : Parameters.date("activeOn", activeOn);
    LocalDate start = from == null ? LocalDate.of(2016, 7, 1) : Parameters.date("from", from);
    LocalDate end = to == null ? LocalDate.now(clock) : Parameters.date("to", to);
    requireOrder(start, end);
    int n = top == null ? 10 : top;
    if (n < 1 || n > 98) {
      throw ProblemException.invalidField("top", "must be between 1 and 98");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    long[] sectorTotals = new long[3];
    List<Long> perKommune = new ArrayList<>();
    for (Object[] r : queries.iguPlacements(start, end, on)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(KOMMUNE, r[0].toString());
      row.put("navn", r[1]);
      long sum = 0;
      String[] sectors = {"municipal", "state", "private"};
      for (int i = 0; i < 3; i++) {
        long count = ((Number) r[2 + i]).longValue();
        row.put(sectors[i], count);
        sectorTotals[i] += count;
        sum += count;
      }
      row.put(PersonTable.TOTAL, sum);
      perKommune.add(sum);
      rows.add(row);
    }
    long grand = sectorTotals[0] + sectorTotals[1] + sectorTotals[2];
    Map<String, Object> total = new LinkedHashMap<>();
    total.put("municipal", sectorTotals[0]);
    total.put("state", sectorTotals[1]);
    total.put("private", sectorTotals[2]);
    total.put(PersonTable.TOTAL, grand);
    long topSum = perKommune.stream().sorted(java.util.Comparator.reverseOrder()).limit(n)
        .mapToLong(Long::longValue).sum();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("top", n);
    summary.put("topCount", topSum);
    summary.put("topShare", grand == 0 ? null : Math.round(1000.0 * topSum / grand) / 10.0);
    summary.put("topHoldsMoreThanHalf", 2 * topSum > grand);
    summary.put("kommunerWithNone", perKommune.stream().filter(c -> c == 0).count());
    summary.put("kommunerWithOneOrTwo", perKommune.stream().filter(c -> c == 1 || c == 2).count());
    Map<String, String> parameters = on == null
        ? Map.of("from", start.toString(), "to", end.toString(), "top", Integer.toString(n))
        : Map.of("activeOn", on.toString(), "top", Integer.toString(n));
    List<ReportColumn> columns = List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"),
        ReportColumn.dimension("navn", "Kommune"),
        new ReportColumn("municipal", "Municipal employers", ReportColumn.Kind.COUNT),
        new ReportColumn("state", "State employers", ReportColumn.Kind.COUNT),
        new ReportColumn("private", "Private employers", ReportColumn.Kind.COUNT),
        new ReportColumn(PersonTable.TOTAL, "IGU placements", ReportColumn.Kind.COUNT));
    return new Report("igu-placements", "igu-placements/1", parameters, queries.cutOff(), threshold, columns,
        scope.visible(rows, KOMMUNE), total, summary,
        List.of(on == null ? "Placements started from 'from' to 'to', counted in the kommune that registered them."
            : "Placements running on 'activeOn', counted in the kommune that registered them.",
            "Counts of placements by sector are shown unsuppressed: they single no person out."));
  }

  /** STATE IGU placements per ministry area against the area's target for the year ("38 of 200"). */
  public Report iguTargets(Integer year, String date) {
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    LocalDate on = date == null ? LocalDate.of(y, 12, 31) : Parameters.date("date", date);
    List<Map<String, Object>> rows = new ArrayList<>();
    long targets = 0;
    long actual = 0;
    for (Object[] r : queries.iguTargets(y, on)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ministryArea", r[0]);
      Long target = r[1] == null ? null : ((Number) r[1]).longValue();
      long running = ((Number) r[2]).longValue();
      row.put("target", target);
      row.put("actual", running);
      row.put("shareOfTarget", target == null || target == 0 ? null : Math.round(1000.0 * running / target) / 10.0);
      targets += target == null ? 0 : target;
      actual += running;
      rows.add(row);
    }
    Map<String, Object> total = new LinkedHashMap<>();
    total.put("ministryArea", "All ministry areas");
    total.put("target", targets);
    total.put("actual", actual);
    total.put("shareOfTarget", targets == 0 ? null : Math.round(1000.0 * actual / targets) / 10.0);
    return new Report("igu-targets", "igu-targets/1", Map.of("year", Integer.toString(y), "date", on.toString()),
        queries.cutOff(), threshold,
        List.of(ReportColumn.dimension("ministryArea", "Ministry area"),
            new ReportColumn("target", "Target (IGU pupils)", ReportColumn.Kind.COUNT),
            new ReportColumn("actual", "IGU placements running", ReportColumn.Kind.COUNT),
            new ReportColumn("shareOfTarget", "Actual, % of target", ReportColumn.Kind.SHARE)),
        rows, total, null,
        List.of("STATE employers' IGU placements running on 'date' against the ministry area's target for 'year'. "
            + "Targets and placement counts single no person out and are shown unsuppressed."));
  }

  /**
   * Of the persons taken over in the year that ended 3 years before {@code on}, the share in work or education on
   * {@code on}, by gender, against the government's goal of at least half (the Integrationsbarometer measure).
   */
  public Report employmentAfterThreeYears(String on) {
    LocalDate date = on == null ? LocalDate.now(clock) : Parameters.date("on", on);
    LocalDate from = date.minusYears(4).plusDays(1);
    LocalDate to = date.minusYears(3);
    List<Object[]> result = queries.employmentAfterThreeYears(from, to, date);
    List<ReportColumn> counts = List.of(ReportColumn.persons("menWorking", "Men in work or education"),
        ReportColumn.persons("menNot", "Men not in work or education"),
        ReportColumn.persons("womenWorking", "Women in work or education"),
        ReportColumn.persons("womenNot", "Women not in work or education"));
    PersonTable table = personTable(result, counts);
    List<Map<String, Object>> all = new ArrayList<>(table.rows());
    all.add(table.total());
    for (Map<String, Object> row : all) {
      row.put("menShare", share(row.get("menWorking"), sum(row.get("menWorking"), row.get("menNot"))));
      row.put("womenShare", share(row.get("womenWorking"), sum(row.get("womenWorking"), row.get("womenNot"))));
      row.put("share", share(sum(row.get("menWorking"), row.get("womenWorking")), row.get(PersonTable.TOTAL)));
      Object share = row.get("share");
      row.put("meetsGoal", share == null ? null : (Double) share >= 50.0);
    }
    long meeting = result.stream().filter(r -> {
      long working = ((Number) r[2]).longValue() + ((Number) r[4]).longValue();
      long cohort = working + ((Number) r[3]).longValue() + ((Number) r[5]).longValue();
      return cohort > 0 && 2 * working >= cohort;
    }).count();
    long withCohort = result.stream().filter(r -> ((Number) r[2]).longValue() + ((Number) r[3]).longValue()
        + ((Number) r[4]).longValue() + ((Number) r[5]).longValue() > 0).count();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("goalShare", 50.0);
    summary.put("kommunerMeetingGoal", meeting);
    summary.put("kommunerWithCohort", withCohort);
    List<ReportColumn> extra = List.of(ReportColumn.persons(PersonTable.TOTAL, "Persons in the cohort"),
        new ReportColumn("menShare", "Men in work or education, %", ReportColumn.Kind.SHARE),
        new ReportColumn("womenShare", "Women in work or education, %", ReportColumn.Kind.SHARE),
        new ReportColumn("share", "All in work or education, %", ReportColumn.Kind.SHARE),
        new ReportColumn("meetsGoal", "At least 50 %", ReportColumn.Kind.SHARE));
    return new Report("employment-after-3-years", "employment-after-3-years/1",
        Map.of("on", date.toString(), "cohortFrom", from.toString(), "cohortTo", to.toString()), queries.cutOff(),
        threshold, columns(counts, extra), scope.visible(table.rows(), KOMMUNE), table.total(), summary,
        List.of("Cohort: persons taken over from 'cohortFrom' to 'cohortTo'. In work or education on 'on': an "
            + "ordinary job, løntilskud, IGU or education running that day, or self-support registered by then. "
            + "The count of kommuner meeting the goal is computed from all figures; it singles nobody out."));
  }

  /** IGU placements per kommune started in a period: running, completed and ended early, with filters. */
  public Report iguPipeline(String from, String to, String gender, String country, String ageBand) {
    LocalDate start = from == null ? LocalDate.of(2016, 7, 1) : Parameters.date("from", from);
    LocalDate end = to == null ? LocalDate.now(clock) : Parameters.date("to", to);
    requireOrder(start, end);
    String g = gender == null ? "" : gender.strip().toUpperCase(java.util.Locale.ROOT);
    if (!g.isEmpty() && !g.equals("MALE") && !g.equals("FEMALE")) {
      throw ProblemException.invalidField("gender", "must be MALE or FEMALE");
    }
    int[] ages = switch (ageBand == null ? "" : ageBand.strip()) {
      case "" -> new int[] {0, 200};
      case "18-24" -> new int[] {18, 24};
      case "25-29" -> new int[] {25, 29};
      case "30-39" -> new int[] {30, 39};
      case "40-49" -> new int[] {40, 49};
      default -> throw ProblemException.invalidField("ageBand", "must be 18-24, 25-29, 30-39 or 40-49");
    };
    List<ReportColumn> counts = List.of(ReportColumn.persons("active", "Running"),
        ReportColumn.persons("completed", "Completed"), ReportColumn.persons("endedEarly", "Ended early"));
    PersonTable table = personTable(queries.iguPipeline(start, end, g, country == null ? "" : country.strip(),
        ages[0], ages[1]), counts);
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Object[] due : queries.bonusDue(end)) {
      summary.put("bonusDue" + due[0], Map.of("milestones", ((Number) due[1]).longValue(),
          "amountKr", ((Number) due[2]).longValue()));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("from", start.toString());
    parameters.put("to", end.toString());
    if (!g.isEmpty()) {
      parameters.put("gender", g);
    }
    if (country != null && !country.isBlank()) {
      parameters.put("countryOfOrigin", country.strip());
    }
    if (ageBand != null && !ageBand.isBlank()) {
      parameters.put("ageBand", ageBand.strip());
    }
    return new Report("igu-pipeline", "igu-pipeline/1", parameters, queries.cutOff(), threshold,
        columns(counts, List.of(ReportColumn.persons(PersonTable.TOTAL, "Started"))),
        scope.visible(table.rows(), KOMMUNE), table.total(), summary,
        List.of("Placements started from 'from' to 'to' of persons matching the filters (age on the start date); "
            + "running means running on 'to'. Bonus milestones due by 'to' and not yet claimed are amounts, not "
            + "persons."));
  }

  /**
   * Handover quality per receiving kommune or per sender: how many were sent and taken over, their average
   * completeness and the median lead time from visitation decision to takeover. Averages are shown only where the
   * handovers behind them are at least the suppression threshold.
   */
  public Report handoverQuality(String from, String to, String by) {
    LocalDate end = to == null ? LocalDate.now(clock) : Parameters.date("to", to);
    LocalDate start = from == null ? end.minusYears(1) : Parameters.date("from", from);
    requireOrder(start, end);
    boolean bySender = "sender".equals(by);
    if (by != null && !bySender && !"kommune".equals(by)) {
      throw ProblemException.invalidField("by", "must be kommune or sender");
    }
    List<Object[]> result = queries.handoverQuality(start, end, bySender);
    String key = bySender ? "sender" : KOMMUNE;
    List<Map<String, Object>> dimensions = new ArrayList<>();
    long[][] body = new long[result.size()][2];
    Map<String, Object[]> averages = new LinkedHashMap<>();
    for (int i = 0; i < result.size(); i++) {
      Object[] r = result.get(i);
      Map<String, Object> dims = new LinkedHashMap<>();
      dims.put(key, r[0].toString());
      if (!bySender) {
        dims.put("navn", r[1]);
      }
      dimensions.add(dims);
      body[i][0] = ((Number) r[2]).longValue();
      body[i][1] = ((Number) r[3]).longValue();
      averages.put(r[0].toString(), new Object[] {r[4], r[5]});
    }
    List<ReportColumn> counts = List.of(ReportColumn.persons("takenOver", "Taken over"),
        ReportColumn.persons("notTakenOver", "Not taken over yet"));
    PersonTable table = PersonTable.of(dimensions, counts, body, threshold);
    for (Map<String, Object> row : table.rows()) {
      Object[] avg = averages.get(row.get(key).toString());
      boolean enough = row.get(PersonTable.TOTAL) instanceof Long n && n >= threshold;
      row.put("averageCompleteness", enough && avg[0] != null ? round1(((Number) avg[0]).doubleValue()) : null);
      row.put("medianLeadDays", enough && avg[1] != null ? round1(((Number) avg[1]).doubleValue()) : null);
    }
    List<ReportColumn> columns = new ArrayList<>();
    columns.add(ReportColumn.dimension(key, bySender ? "Sender" : "Kommunekode"));
    if (!bySender) {
      columns.add(ReportColumn.dimension("navn", "Kommune"));
    }
    columns.addAll(counts);
    columns.add(ReportColumn.persons(PersonTable.TOTAL, "Handovers"));
    columns.add(new ReportColumn("averageCompleteness", "Average completeness (0-100)", ReportColumn.Kind.SHARE));
    columns.add(new ReportColumn("medianLeadDays", "Median days from visitation to takeover",
        ReportColumn.Kind.SHARE));
    return new Report("handover-quality", "handover-quality/1",
        Map.of("from", start.toString(), "to", end.toString(), "by", bySender ? "sender" : "kommune"),
        queries.cutOff(), threshold, columns, bySender ? table.rows() : scope.visible(table.rows(), KOMMUNE),
        table.total(), null,
        List.of("Handovers sent from 'from' to 'to' (withdrawn ones left out). Averages only where at least "
            + threshold + " handovers lie behind them."));
  }

  private static double round1(double value) {
    return Math.round(value * 10.0) / 10.0;
  }

  private static Object sum(Object a, Object b) {
    return a instanceof Long x && b instanceof Long y ? x + y : null;
  }

  private static Double share(Object part, Object whole) {
    return part instanceof Long p && whole instanceof Long w && w > 0 ? Math.round(1000.0 * p / w) / 10.0 : null;
  }

  private PersonTable personTable(List<Object[]> result, List<ReportColumn> counts) {
    List<Map<String, Object>> dimensions = new ArrayList<>();
    long[][] body = new long[result.size()][counts.size()];
    for (int i = 0; i < result.size(); i++) {
      Object[] r = result.get(i);
      Map<String, Object> dims = new LinkedHashMap<>();
      dims.put(KOMMUNE, r[0].toString());
      dims.put("navn", r[1]);
      dimensions.add(dims);
      for (int j = 0; j < counts.size(); j++) {
        body[i][j] = ((Number) r[2 + j]).longValue();
      }
    }
    return PersonTable.of(dimensions, counts, body, threshold);
  }

  private Report report(String name, String version, Map<String, String> parameters, List<ReportColumn> columns,
      PersonTable table, List<String> notes) {
    return new Report(name, version, parameters, queries.cutOff(), threshold, columns,
        scope.visible(table.rows(), KOMMUNE), table.total(), null, notes);
  }

  private static List<ReportColumn> columns(List<ReportColumn> counts, List<ReportColumn> extra) {
    List<ReportColumn> all = new ArrayList<>(List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"),
        ReportColumn.dimension("navn", "Kommune")));
    all.addAll(counts);
    all.addAll(extra);
    return all;
  }

  private static void requireOrder(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ProblemException.invalidField("to", "must not be before 'from'");
    }
  }
}
