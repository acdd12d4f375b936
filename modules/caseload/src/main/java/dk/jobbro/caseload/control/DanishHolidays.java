package dk.jobbro.caseload.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Danish public holidays (helligdage) for any year, computed rather than listed so that no table has to be extended
 * each year. Legal deadlines that fall on a Saturday, Sunday or holiday move to the next working day (for example the
 * kommune's takeover date, integrationsloven § 4 stk. 2 as changed by L 189 of 2016), so this class is the one place
 * that knows which days those are.
 *
 * <p>The holidays are the folkekirke's helligdage (helligdagsloven): nytårsdag, skærtorsdag, langfredag, påskedag,
 * 2. påskedag, store bededag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag and 2. juledag. Sundays are not
 * listed here because every Sunday is already a non-working day.
 *
 * <p>Store bededag (the fourth Friday after Easter) is a holiday only up to and including 2023. Folketinget abolished
 * it on 28 February 2023 (L 13, lov om konsekvenser ved afskaffelsen af store bededag som helligdag), with effect from
 * 1 January 2024.
 *
 * <p>Deliberately <em>not</em> holidays: grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag
 * (31 December). They are days off under many collective agreements and are named beside the holidays in lukkeloven,
 * but they are not helligdage, so public deadlines do not move because of them. 1 May is not a holiday either.
 *
 * <p>Easter is computed with the Gregorian computus, so results are meaningful for the Gregorian calendar only; the
 * older Danish holiday set (before the reform of 1770) is not modelled.
 */
public final class DanishHolidays {

  /** The last year in which store bededag was a public holiday. */
  static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

  private DanishHolidays() {}

  /** Whether {@code date} is one of the public holidays listed in the class comment. Sundays as such are not. */
  public static boolean isHoliday(LocalDate date) {
    return holidays(date.getYear()).contains(date);
  }

  /** A working day is a weekday (Monday to Friday) that is not a public holiday. */
  public static boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /** The first working day on or after {@code date}: the date itself when it is a working day. */
  public static LocalDate nextWorkingDayFrom(LocalDate date) {
    LocalDate candidate = date;
    while (!isWorkingDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** The public holidays of {@code year}, in date order, unmodifiable. */
  public static Set<LocalDate> holidays(int year) {
    LocalDate easter = easterSunday(year);
    SortedSet<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, Month.JANUARY, 1)); // nytårsdag
    days.add(easter.minusDays(3)); // skærtorsdag
    days.add(easter.minusDays(2)); // langfredag
    days.add(easter); // påskedag
    days.add(easter.plusDays(1)); // 2. påskedag
    if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
      days.add(easter.plusDays(26)); // store bededag
    }
    days.add(easter.plusDays(39)); // Kristi himmelfartsdag
    days.add(easter.plusDays(49)); // pinsedag
    days.add(easter.plusDays(50)); // 2. pinsedag
    days.add(LocalDate.of(year, Month.DECEMBER, 25)); // juledag
    days.add(LocalDate.of(year, Month.DECEMBER, 26)); // 2. juledag
    return Collections.unmodifiableSortedSet(days);
  }

  /**
   * Easter Sunday of {@code year} by the Gregorian computus in its "anonymous" arithmetic form: the first Sunday after
   * the ecclesiastical full moon that falls on or after 21 March. Every Danish movable holiday is an offset from it.
   */
  public static LocalDate easterSunday(int year) {
    int goldenNumber = year % 19; // position in the 19-year Metonic cycle of moon phases
    int century = year / 100;
    int yearOfCentury = year % 100;
    int skippedLeapDays = century / 4;
    int centuryRemainder = century % 4;
    int moonCorrection = (century + 8) / 25;
    int moonOrbitCorrection = (century - moonCorrection + 1) / 3;
    int epact = (19 * goldenNumber + century - skippedLeapDays - moonOrbitCorrection + 15) % 30;
    int leapYearsInCentury = yearOfCentury / 4;
    int yearRemainder = yearOfCentury % 4;
    int daysToSunday =
        (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
    int lateFullMoonShift = (goldenNumber + 11 * epact + 22 * daysToSunday) / 451;
    int dayCount = epact + daysToSunday - 7 * lateFullMoonShift + 114;
    int month = dayCount / 31;
    int day = dayCount % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
