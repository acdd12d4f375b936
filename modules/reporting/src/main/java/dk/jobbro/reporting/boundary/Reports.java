package dk.jobbro.reporting.boundary;

import dk.jobbro.api.reporting.Report;
import dk.jobbro.api.reporting.ReportColumn;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.reporting.control.PersonTable;
import dk.jobbro.reporting.control.ReportQueries;
import dk.jobbro.reporting.control.ReportScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    LocalDate start = from == null ? today.minusYears(1) : date("from", from);
    LocalDate end = to == null ? today : date("to", to);
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
   * days of two months, per kommune, a fall ranked first, ties sharing a rank.
   */
  public Report programmeDevelopment(String from, String to) {
    YearMonth start = month("from", from);
    YearMonth end = month("to", to);
    requireOrder(start.atEndOfMonth(), end.atEndOfMonth());
    List<Map<String, Object>> rows = new ArrayList<>();
    long total = 0;
    for (Object[] r : queries.programmeDevelopment(start.atEndOfMonth(), end.atEndOfMonth())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(KOMMUNE, r[0].toString());
      row.put("navn", r[1]);
      row.put("change", ((Number) r[2]).longValue());
      row.put("rank", ((Number) r[3]).longValue());
      total += ((Number) r[2]).longValue();
      rows.add(row);
    }
    Map<String, Object> totalRow = new LinkedHashMap<>();
    totalRow.put("change", total);
    return new Report("programme-development", "programme-development/1",
        Map.of("from", start.toString(), "to", end.toString()), queries.cutOff(), threshold,
        List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"), ReportColumn.dimension("navn", "Kommune"),
            new ReportColumn("change", "Net change in recipients", ReportColumn.Kind.CHANGE),
            new ReportColumn("rank", "Rank (a fall first)", ReportColumn.Kind.RANK)),
        scope.visible(rows, KOMMUNE), totalRow,
        List.of("Recipients on the last day of each month: persons in the programme on that day with a period of "
            + "integrationsydelse (selvforsørgelses- og hjemrejseydelse) or kontanthjælp covering it. Net changes "
            + "are published as they are, like the Jobindsats figures; the levels behind them are not shown."));
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
        scope.visible(table.rows(), KOMMUNE), table.total(), notes);
  }

  private static List<ReportColumn> columns(List<ReportColumn> counts, List<ReportColumn> extra) {
    List<ReportColumn> all = new ArrayList<>(List.of(ReportColumn.dimension(KOMMUNE, "Kommunekode"),
        ReportColumn.dimension("navn", "Kommune")));
    all.addAll(counts);
    all.addAll(extra);
    return all;
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ProblemException.invalidField(name, "must be a date, yyyy-MM-dd");
    }
  }

  private static YearMonth month(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(name, "is required (yyyy-MM)");
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ProblemException.invalidField(name, "must be a month, yyyy-MM");
    }
  }

  private static void requireOrder(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ProblemException.invalidField("to", "must not be before 'from'");
    }
  }
}
