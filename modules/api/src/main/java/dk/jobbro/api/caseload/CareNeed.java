package dk.jobbro.api.caseload;

import java.time.LocalDate;
import java.time.Month;

/**
 * What a child registered as a dependant needs of the kommune on a date: a place in a dagtilbud (daycare) until school
 * starts, a school place during the 10 years of undervisningspligt, then a youth education (ungdomsuddannelse) until
 * 18. Undervisningspligt begins on 1 August of the calendar year the child turns 6 (folkeskoleloven § 34).
 */
public enum CareNeed {
  DAYCARE,
  SCHOOL,
  YOUTH_EDUCATION;

  /** The age in the calendar year in which school starts. */
  static final int SCHOOL_START_AGE = 6;
  /** The years of undervisningspligt. */
  static final int SCHOOL_YEARS = 10;

  /** The need of a child born on {@code birthDate}, on {@code on}. */
  public static CareNeed of(LocalDate birthDate, LocalDate on) {
    LocalDate schoolStart = LocalDate.of(birthDate.getYear() + SCHOOL_START_AGE, Month.AUGUST, 1);
    if (on.isBefore(schoolStart)) {
      return DAYCARE;
    }
    return on.isBefore(schoolStart.plusYears(SCHOOL_YEARS)) ? SCHOOL : YOUTH_EDUCATION;
  }
}
