package dk.jobbro.api.caseload;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who the integration programme is for: a person 18 or over on the takeover date (integrationsloven § 16). Handover
 * uses it to tell a child, registered as a dependant on a parent's case, from an adult who gets a case of their own.
 */
public final class ProgrammeAge {

  /** The minimum age on the takeover date. */
  public static final int MIN_AGE = 18;

  private ProgrammeAge() {}

  /** Whether a person born on {@code birthDate} is old enough for the programme on {@code takeoverDate}. */
  public static boolean reachedOn(LocalDate birthDate, LocalDate takeoverDate) {
    return Period.between(birthDate, takeoverDate).getYears() >= MIN_AGE;
  }
}
