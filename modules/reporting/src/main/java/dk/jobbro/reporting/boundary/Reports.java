package dk.jobbro.reporting.boundary;

import dk.jobbro.api.reporting.Report;
import dk.jobbro.api.reporting.ReportColumn;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.reporting.control.DisclosureControl;
import dk.jobbro.reporting.control.HandoverQuality;
import dk.jobbro.reporting.control.IguBonuses;
import dk.jobbro.reporting.control.IguStarts;
import dk.jobbro.reporting.control.IguTargets;
import dk.jobbro.reporting.control.PerKommune;
import dk.jobbro.reporting.control.PersonTable;
import dk.jobbro.reporting.control.ProgrammeLevels;
import dk.jobbro.reporting.control.ReportPeriod;
import dk.jobbro.reporting.control.ReportQueries;
import dk.jobbro.reporting.control.ReportScope;
import dk.jobbro.reporting.control.Takeovers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the reports: SQL aggregates over a fixed period, {@link DisclosureControl} over each family of linked
 * tables, then the caller's view of them. No person count reaches a report except through a protected family.
 */
@RequestScoped
@Transactional
public class Reports {

  static final String KOMMUNE = "kommune";
  private static final int THRESHOLD = DisclosureControl.SMALL_COUNT_LIMIT;

  @Inject
  ReportQueries queries;

  @Inject
  ReportScope scope;

  @Inject
  Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Persons who became self-supporting through an ordinary job or education in a year, per kommune, by gender. */
  public Report selfSupporting(Integer year) {
    ReportPeriod period = ReportPeriod.ofYear(year == null ? today().getYear() : year);
    List<String> counts = List.of("men", "women");
    PersonTable table = PerKommune.table(queries.selfSupporting(period.from(), period.to().plusDays(1)), counts);
    return report("self-supporting", "self-supporting/1", Map.of("year", Integer.toString(period.year())),
        columns(List.of(ReportColumn.persons("men", "Men"), ReportColumn.persons("women", "Women")),
            List.of(ReportColumn.persons(PersonTable.TOTAL, "Total"))), table, null,
        List.of("A person counts in the kommune that holds the case now, in the year of the self-support date."));
  }

  /** Of the cases taken over in a calendar year, how the first company-oriented offer went, per kommune. */
  public Report firstOfferCompliance(String from, String to) {
    ReportPeriod period = ReportPeriod.calendarYear(from, to, today());
    PersonTable table = takeovers(period.year()).firstOffer();
    List<ReportColumn> counts = List.of(
        ReportColumn.persons("within14Days", "First offer within 14 days"),
        ReportColumn.persons("withinMonth", "First offer after 14 days, within 1 month"),
        ReportColumn.persons("late", "First offer later than 1 month"),
        ReportColumn.persons("openOverdue", "No offer yet, past 1 month"),
        ReportColumn.persons("openTargetMissed", "No offer yet, past 14 days, within 1 month"),
        ReportColumn.persons("openNotDue", "No offer yet, within 14 days"));
    List<ReportColumn> extra = List.of(ReportColumn.persons(PersonTable.TOTAL, "Cases"),
        new ReportColumn("within14DaysShare", "Within 14 days, % of cases", ReportColumn.Kind.SHARE),
        new ReportColumn("withinMonthShare", "Within 1 month (after 14 days), %", ReportColumn.Kind.SHARE),
        new ReportColumn("lateShare", "Late, %", ReportColumn.Kind.SHARE),
        new ReportColumn("openOverdueShare", "Open and overdue, %", ReportColumn.Kind.SHARE));
    return report("first-offer-compliance", "first-offer-compliance/2",
        Map.of("from", period.from().toString(), "to", period.to().toString(), "today", today().toString()),
        columns(counts, extra), table, null,
        List.of("Cases taken over in the calendar year from 'from' to 'to'. Target: takeover + 14 days; legal "
            + "latest: takeover + 1 calendar month. Open cases are measured on 'today'."));
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
    ProgrammeLevels levels = new ProgrammeLevels(queries.programmeRecipients(start.atEndOfMonth(),
        end.atEndOfMonth(), populationYear));
    return new Report("programme-development", "programme-development/2",
        Map.of("from", start.toString(), "to", end.toString(), "rankBy", perThousand ? "perThousand" : "change",
            "populationYear", Integer.toString(populationYear)),
        queries.cutOff(), THRESHOLD,
        List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"), ReportColumn.dimension("navn", "Kommune"),
            new ReportColumn("change", "Net change in recipients", ReportColumn.Kind.CHANGE),
            new ReportColumn("rank", "Rank (a fall first)", ReportColumn.Kind.RANK),
            new ReportColumn("population", "Inhabitants 1 January " + populationYear, ReportColumn.Kind.COUNT),
            new ReportColumn("changePer1000", "Net change per 1,000 inhabitants", ReportColumn.Kind.CHANGE),
            new ReportColumn("rankPer1000", "Rank per 1,000 inhabitants (a fall first)", ReportColumn.Kind.RANK)),
        scope.visible(levels.rows(perThousand ? "rankPer1000" : "rank"), KOMMUNE), levels.total(), null,
        List.of("Recipients on the last day of each month: persons in the programme on that day with a period of "
            + "integrationsydelse (selvforsørgelses- og hjemrejseydelse) or kontanthjælp covering it. The levels "
            + "are person counts and are not shown; a net change is shown only where both levels could be shown "
            + "(none of 1 to 4, none hidden to protect another), and ranks are among the changes shown.",
            "Inhabitants: Statistics Denmark, FOLK1A, 1 January " + populationYear + " (the year of 'from', or the "
            + "nearest year shipped with Jobbro)."));
  }

  /**
   * IGU placements started in a calendar year per kommune by employer sector, with how concentrated they are: the
   * share held by the top N kommuner, and how many kommuner have none or only one or two. Each placement is one
   * person's, so the counts are protected like every person count, as the same figures igu-pipeline shows.
   */
  public Report iguPlacements(String from, String to, String activeOn, Integer top) {
    if (activeOn != null && !activeOn.isBlank()) {
      throw ProblemException.invalidField("activeOn", "is no longer offered: placements running on a day, next to "
          + "the placements started in a year, would tell how many ended in between");
    }
    ReportPeriod period = ReportPeriod.calendarYear(from, to, today());
    int n = top == null ? 10 : top;
    if (n < 1 || n > 98) {
      throw ProblemException.invalidField("top", "must be between 1 and 98");
    }
    IguStarts starts = IguStarts.of(queries.iguStarts(period.from(), period.to()));
    List<ReportColumn> columns = List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"),
        ReportColumn.dimension("navn", "Kommune"),
        ReportColumn.persons("municipal", "Municipal employers"),
        ReportColumn.persons("state", "State employers"),
        ReportColumn.persons("private", "Private employers"),
        ReportColumn.persons(PersonTable.TOTAL, "IGU placements"));
    return report("igu-placements", "igu-placements/1",
        Map.of("from", period.from().toString(), "to", period.to().toString(), "top", Integer.toString(n)),
        columns, starts.bySector(), starts.concentration(n),
        List.of("Placements started in the calendar year from 'from' to 'to', counted in the kommune that "
            + "registered them. Each placement is one person's: counts from 1 to 4 are hidden, with what would "
            + "give them away, exactly as in igu-pipeline.",
            "The top-N share is computed from the counts shown; the number of kommuner with one or two is "
            + "counted from all figures and shown only where it cannot pin a hidden count."));
  }

  /** STATE IGU placements per ministry area against the area's target for the year ("38 of 200"). */
  public Report iguTargets(Integer year, String date) {
    int y = year == null ? today().getYear() : Parameters.year("year", year);
    LocalDate on = date == null ? LocalDate.of(y, 12, 31) : Parameters.date("date", date);
    IguTargets targets = new IguTargets(queries.iguTargets(y, on));
    return new Report("igu-targets", "igu-targets/1", Map.of("year", Integer.toString(y), "date", on.toString()),
        queries.cutOff(), THRESHOLD,
        List.of(ReportColumn.dimension("ministryArea", "Ministry area"),
            new ReportColumn("target", "Target (IGU pupils)", ReportColumn.Kind.COUNT),
            ReportColumn.persons("actual", "IGU placements running"),
            new ReportColumn("shareOfTarget", "Actual, % of target", ReportColumn.Kind.SHARE)),
        targets.rows(), targets.total(), null,
        List.of("STATE employers' IGU placements running on 'date' against the ministry area's target for 'year'. "
            + "A placement counts under the ministry area in force on 'date': a renamed or merged ministry's "
            + "placements count under its successor (GET /api/v1/reference/ministry-areas). "
            + "Targets single no person out and are shown as they are; placements are persons' and are protected."));
  }

  /**
   * Of the persons taken over in the calendar year three years before {@code on} (31 December), the share in work
   * or education on {@code on}, by gender, against the government's goal of at least half (the Integrationsbarometer
   * measure).
   */
  public Report employmentAfterThreeYears(String on) {
    LocalDate date = ReportPeriod.yearEnd("on", on, today());
    int cohort = date.getYear() - 3;
    Takeovers takeovers = takeovers(cohort);
    PersonTable table = takeovers.employment();
    List<ReportColumn> counts = List.of(ReportColumn.persons("menWorking", "Men in work or education"),
        ReportColumn.persons("menNot", "Men not in work or education"),
        ReportColumn.persons("womenWorking", "Women in work or education"),
        ReportColumn.persons("womenNot", "Women not in work or education"));
    List<ReportColumn> extra = List.of(ReportColumn.persons(PersonTable.TOTAL, "Persons in the cohort"),
        new ReportColumn("menShare", "Men in work or education, %", ReportColumn.Kind.SHARE),
        new ReportColumn("womenShare", "Women in work or education, %", ReportColumn.Kind.SHARE),
        new ReportColumn("share", "All in work or education, %", ReportColumn.Kind.SHARE),
        new ReportColumn("meetsGoal", "At least 50 %", ReportColumn.Kind.SHARE));
    return report("employment-after-3-years", "employment-after-3-years/1",
        Map.of("on", date.toString(), "cohortFrom", LocalDate.of(cohort, 1, 1).toString(),
            "cohortTo", LocalDate.of(cohort, 12, 31).toString()),
        columns(counts, extra), table, takeovers.goalSummary(),
        List.of("Cohort: persons taken over from 'cohortFrom' to 'cohortTo'. In work or education on 'on': an "
            + "ordinary job, løntilskud, IGU or education running that day, or self-support registered by then. "
            + "The count of kommuner meeting the goal is computed from all figures and shown only where it cannot "
            + "pin a hidden count."));
  }

  /**
   * IGU placements started in a calendar year: per kommune running, completed and ended early; with one filter,
   * the whole country's placements of that group instead (a kommune's placements are never split by a person's
   * characteristic, or "all minus men" would give its women). Bonus milestones due by the year's end.
   */
  public Report iguPipeline(String from, String to, String gender, String country, String ageBand) {
    ReportPeriod period = ReportPeriod.calendarYear(from, to, today());
    Map<String, String> filter = filter(gender, country, ageBand);
    IguStarts starts = IguStarts.of(queries.iguStarts(period.from(), period.to()));
    Map<String, Object> summary = new LinkedHashMap<>(IguBonuses.summary(queries.bonusDue(period.to())));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("from", period.from().toString());
    parameters.put("to", period.to().toString());
    PersonTable table = starts.byStatus();
    List<Map<String, Object>> rows = scope.visible(table.rows(), KOMMUNE);
    Map<String, Object> total = table.total();
    List<String> notes = new ArrayList<>(List.of("Placements started in the calendar year from 'from' to 'to'; "
        + "their status now. Bonus milestones due by 'to' and not yet claimed are one per person's placement and "
        + "are protected like person counts."));
    if (!filter.isEmpty()) {
      String by = filter.keySet().iterator().next();
      String category = filter.get(by);
      parameters.put(by.equals("country") ? "countryOfOrigin" : by, category);
      rows = List.of();
      total = starts.nationally(queries.iguStartsBy(period.from(), period.to(), by),
          IguStarts.CHARACTERISTICS.get(by), category);
      notes.add("With a filter the report gives the whole country's placements of that group only.");
    }
    List<ReportColumn> counts = List.of(ReportColumn.persons("running", "Running"),
        ReportColumn.persons("completed", "Completed"), ReportColumn.persons("endedEarly", "Ended early"));
    return new Report("igu-pipeline", "igu-pipeline/2", parameters, queries.cutOff(), THRESHOLD,
        columns(counts, List.of(ReportColumn.persons(PersonTable.TOTAL, "Started"))), rows, total, summary, notes);
  }

  /** At most one of the pipeline's filters, normalised: gender, country (lower case) or ageBand. */
  private static Map<String, String> filter(String gender, String country, String ageBand) {
    Map<String, String> filter = new LinkedHashMap<>();
    if (gender != null && !gender.isBlank()) {
      String g = gender.strip().toUpperCase(Locale.ROOT);
      if (!IguStarts.CHARACTERISTICS.get("gender").contains(g)) {
        throw ProblemException.invalidField("gender", "must be MALE or FEMALE");
      }
      filter.put("gender", g);
    }
    if (country != null && !country.isBlank()) {
      filter.put("country", country.strip().toLowerCase(Locale.ROOT));
    }
    if (ageBand != null && !ageBand.isBlank()) {
      String band = ageBand.strip();
      if (band.equals("other") || !IguStarts.CHARACTERISTICS.get("ageBand").contains(band)) {
        throw ProblemException.invalidField("ageBand", "must be 18-24, 25-29, 30-39 or 40-49");
      }
      filter.put("ageBand", band);
    }
    if (filter.size() > 1) {
      String second = filter.keySet().toArray(String[]::new)[1];
      throw ProblemException.invalidField(second.equals("country") ? "countryOfOrigin" : second, "only one of "
          + "gender, countryOfOrigin and ageBand at a time: a cross of two would be a table nobody protects");
    }
    return filter;
  }

  /**
   * Handover quality per receiving kommune or per sender in a calendar year: how many were sent and taken over,
   * their average completeness and the median lead time from visitation decision to takeover, each over at least
   * the limit of handovers.
   */
  public Report handoverQuality(String from, String to, String by) {
    ReportPeriod period = ReportPeriod.calendarYear(from, to, today());
    boolean bySender = "sender".equals(by);
    if (by != null && !bySender && !"kommune".equals(by)) {
      throw ProblemException.invalidField("by", "must be kommune or sender");
    }
    HandoverQuality quality = new HandoverQuality(queries.handoverQuality(period.from(), period.to()));
    PersonTable table = bySender ? quality.bySender() : quality.byKommune();
    String key = bySender ? "sender" : KOMMUNE;
    List<ReportColumn> columns = new ArrayList<>();
    columns.add(ReportColumn.dimension(key, bySender ? "Sender" : "Kommunekode"));
    if (!bySender) {
      columns.add(ReportColumn.dimension("navn", "Kommune"));
    }
    columns.add(ReportColumn.persons("takenOver", "Taken over"));
    columns.add(ReportColumn.persons("notTakenOver", "Not taken over yet"));
    columns.add(ReportColumn.persons(PersonTable.TOTAL, "Handovers"));
    columns.add(new ReportColumn("averageCompleteness", "Average completeness (0-100)", ReportColumn.Kind.SHARE));
    columns.add(new ReportColumn("medianLeadDays", "Median days from visitation to takeover",
        ReportColumn.Kind.SHARE));
    return new Report("handover-quality", "handover-quality/1",
        Map.of("from", period.from().toString(), "to", period.to().toString(), "by", bySender ? "sender" : "kommune"),
        queries.cutOff(), THRESHOLD, columns, bySender ? table.rows() : scope.visible(table.rows(), KOMMUNE),
        table.total(), null,
        List.of("Handovers sent in the calendar year from 'from' to 'to' (withdrawn ones left out). An average or "
            + "a median only where at least " + THRESHOLD + " handovers lie behind it."));
  }

  private Takeovers takeovers(int year) {
    ReportPeriod cohort = ReportPeriod.ofYear(year);
    return Takeovers.of(queries.takeovers(cohort.from(), cohort.to(), today(), LocalDate.of(year + 3, 12, 31)));
  }

  private Report report(String name, String version, Map<String, String> parameters, List<ReportColumn> columns,
      PersonTable table, Map<String, Object> summary, List<String> notes) {
    return new Report(name, version, parameters, queries.cutOff(), THRESHOLD, columns,
        scope.visible(table.rows(), KOMMUNE), table.total(), summary, notes);
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
