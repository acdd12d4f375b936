package dk.jobbro.api.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A Danish CPR number (personnummer), always held in its 10-digit form without dash.
 *
 * <p>Validation checks the format and that the birth date exists once the century is resolved
 * from digit 7 and the two-digit year. It deliberately does <em>not</em> apply the modulus 11
 * check: since 1 October 2007 the CPR office issues valid numbers that fail it, mostly to people
 * registered as born on 1 January, which is common for refugees whose real birth date is unknown.
 *
 * <p>CPR numbers are sensitive personal data. Therefore {@link #toString()} returns the masked
 * form and no exception message ever contains the digits that were passed in.
 */
public final class Cpr {

  private static final int LENGTH = 10;
  private static final int DASH_POSITION = 6;

  private static final String WRONG_FORMAT = "CPR number must be 10 digits, DDMMYY-SSSS";
  private static final String NO_BIRTH_DATE = "CPR number has no valid birth date";
  private static final String MISSING = "CPR number is missing";

  private final String value;
  private final LocalDate birthDate;

  private Cpr(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses a CPR number written as {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}; surrounding
   * whitespace is ignored.
   *
   * @throws IllegalArgumentException if the text is missing, badly formed or has no valid birth
   *     date; the message never repeats the input
   */
  public static Cpr parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException(MISSING);
    }
    String digits = stripDash(text.strip());
    if (digits == null) {
      throw new IllegalArgumentException(WRONG_FORMAT);
    }
    LocalDate birthDate = birthDateOf(digits);
    if (birthDate == null) {
      throw new IllegalArgumentException(NO_BIRTH_DATE);
    }
    return new Cpr(digits, birthDate);
  }

  /** Tells whether {@link #parse(String)} would accept the text; {@code null} is not valid. */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String digits = stripDash(text.strip());
    return digits != null && birthDateOf(digits) != null;
  }

  /** The 10 digits without dash, e.g. for storage. Never log this. */
  public String value() {
    return value;
  }

  /** The birth date with the century resolved from digit 7. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The gender encoded in the last digit: odd is male, even is female. */
  public Gender gender() {
    int lastDigit = value.charAt(LENGTH - 1) - '0';
    return lastDigit % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /** The full number in the usual written form {@code DDMMYY-SSSS}. Never log this. */
  public String formatted() {
    return value.substring(0, DASH_POSITION) + '-' + value.substring(DASH_POSITION);
  }

  /** The number with the serial hidden, {@code DDMMYY-xxxx}, safe for logs and screens. */
  public String masked() {
    return value.substring(0, DASH_POSITION) + "-xxxx";
  }

  /**
   * Age in completed years on the given date, as {@link Period#between} counts it (someone born
   * on 29 February becomes a year older on 1 March in non-leap years).
   *
   * @throws IllegalArgumentException if the date is before the birth date
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(birthDate)) {
      throw new IllegalArgumentException("Date is before the birth date of the CPR number");
    }
    return Period.between(birthDate, date).getYears();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cpr cpr && value.equals(cpr.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked form, so that accidental logging never leaks the full number. */
  @Override
  public String toString() {
    return masked();
  }

  /** Returns the 10 digits, or {@code null} if the text is neither form. */
  private static String stripDash(String text) {
    String digits;
    if (text.length() == LENGTH) {
      digits = text;
    } else if (text.length() == LENGTH + 1 && text.charAt(DASH_POSITION) == '-') {
      digits = text.substring(0, DASH_POSITION) + text.substring(DASH_POSITION + 1);
    } else {
      return null;
    }
    return allAsciiDigits(digits) ? digits : null;
  }

  /**
   * Returns the birth date of 10 valid digits, or {@code null} if that date does not exist.
   * Checks the calendar by hand instead of catching {@code DateTimeException}, whose message
   * would carry the day and month into any logged cause.
   */
  private static LocalDate birthDateOf(String digits) {
    int day = number(digits, 0, 2);
    int month = number(digits, 2, 4);
    int twoDigitYear = number(digits, 4, 6);
    int digit7 = number(digits, 6, 7);
    int year = century(digit7, twoDigitYear) + twoDigitYear;
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * Only ASCII digits count: {@link Character#isDigit} would also accept e.g. Arabic-Indic
   * digits, which would then be stored as something other than 10 plain digits.
   */
  private static boolean allAsciiDigits(String text) {
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static int number(String digits, int from, int to) {
    return Integer.parseInt(digits, from, to, 10);
  }

  /** The century table of the CPR office (domain.md 5.2): digit 7 together with YY. */
  private static int century(int digit7, int twoDigitYear) {
    if (digit7 <= 3) {
      return 1900;
    }
    if (digit7 == 4 || digit7 == 9) {
      return twoDigitYear <= 36 ? 2000 : 1900;
    }
    // Digits 5 to 8.
    return twoDigitYear <= 57 ? 2000 : 1800;
  }
}
