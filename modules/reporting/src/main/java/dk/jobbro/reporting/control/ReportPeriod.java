package dk.jobbro.reporting.control;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.ProblemException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The fixed periods of person counts (rule 1 of {@link DisclosureControl}): a count of persons who did something
 * (started an IGU, were taken over, sent a handover) covers one whole calendar year, and a state on a day is read
 * on the last day of a year or of a month. Two requests can then never be subtracted to give a narrower period: two
 * different years share nobody.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  private static final MonthDay FIRST_DAY = MonthDay.of(1, 1);
  private static final MonthDay LAST_DAY = MonthDay.of(12, 31);
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  private static final String WHY = ": person counts are published per calendar year, so that two periods can "
      + "never be subtracted from each other";

  public int year() {
    return from.getYear();
  }

  public static ReportPeriod ofYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ProblemException.invalidField("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * A calendar year from optional 'from' and 'to' parameters: 'from' must be 1 January and 'to' 31 December of the
   * same year; one of them alone names the year; neither gives {@code today}'s year.
   */
  public static ReportPeriod calendarYear(String from, String to, LocalDate today) {
    LocalDate start = from == null || from.isBlank() ? null : Parameters.date("from", from);
    LocalDate end = to == null || to.isBlank() ? null : Parameters.date("to", to);
    if (start != null && !MonthDay.from(start).equals(FIRST_DAY)) {
      throw ProblemException.invalidField("from", "must be 1 January" + WHY);
    }
    if (end != null && !MonthDay.from(end).equals(LAST_DAY)) {
      throw ProblemException.invalidField("to", "must be 31 December" + WHY);
    }
    if (start != null && end != null && start.getYear() != end.getYear()) {
      throw ProblemException.invalidField("to", "must be 31 December of the year of 'from'" + WHY);
    }
    int year = start != null ? start.getYear() : end != null ? end.getYear() : today.getYear();
    return ofYear(year);
  }

  /**
   * The measuring day of a cohort report: 31 December of a year (default: the last one that has passed), so that
   * each cohort is one calendar year measured on one day.
   */
  public static LocalDate yearEnd(String name, String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return LocalDate.of(today.getYear() - 1, 12, 31);
    }
    LocalDate day = Parameters.date(name, value);
    if (!MonthDay.from(day).equals(LAST_DAY)) {
      throw ProblemException.invalidField(name, "must be 31 December: the cohort is a calendar year measured on "
          + "one fixed day, so that two measurements can never be subtracted from each other");
    }
    ofYear(day.getYear());
    return day;
  }
}
