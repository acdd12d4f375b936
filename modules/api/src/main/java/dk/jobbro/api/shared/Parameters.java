package dk.jobbro.api.shared;

import dk.jobbro.api.shared.input.ControlCharacters;
import dk.jobbro.api.shared.input.DateBounds;
import dk.jobbro.api.shared.problem.ProblemException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters that arrive as text and must be refused with a 400 naming the parameter (Jakarta REST would
 * answer 404 for a query parameter it cannot convert). One place for every module's resources.
 */
public final class Parameters {

  private Parameters() {}

  /** A required ISO date (yyyy-MM-dd) within {@link DateBounds}. */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(name, "is required (yyyy-MM-dd)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(name, "must be a date, yyyy-MM-dd");
    }
    if (!DateBounds.contains(date)) {
      throw ProblemException.invalidField(name, DateBounds.MESSAGE);
    }
    return date;
  }

  /** An optional ISO date: the fallback when absent. */
  public static LocalDate date(String name, String value, LocalDate fallback) {
    return value == null || value.isBlank() ? fallback : date(name, value);
  }

  /** A required month (yyyy-MM) within {@link DateBounds}. */
  public static YearMonth month(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(name, "is required (yyyy-MM)");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(name, "must be a month, yyyy-MM");
    }
    if (!DateBounds.contains(month)) {
      throw ProblemException.invalidField(name, DateBounds.MESSAGE);
    }
    return month;
  }

  /**
   * An optional free-text parameter (a search term, a filter): null stays null; a control character is a 400 naming
   * the parameter, as it would be in a request body.
   */
  public static String text(String name, String value) {
    if (value != null && ControlCharacters.inSingleLine(value)) {
      throw ProblemException.invalidField(name, ControlCharacters.SINGLE_LINE_MESSAGE);
    }
    return value;
  }

  /** A required whole number. */
  public static int integer(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(name, "is required");
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField(name, "must be a whole number");
    }
  }

  /** A required year within {@link DateBounds}, so that dates built from it exist (the services narrow it further). */
  public static int year(String name, String value) {
    return year(name, integer(name, value));
  }

  /** A year already read as a number: within {@link DateBounds}, else a 400 naming the parameter. */
  public static int year(String name, int value) {
    if (value < DateBounds.EARLIEST.getYear() || value > DateBounds.LATEST.getYear()) {
      throw ProblemException.invalidField(name, "must be a year from " + DateBounds.EARLIEST.getYear() + " to "
          + DateBounds.LATEST.getYear());
    }
    return value;
  }

  /** An optional whole number from {@code min} to {@code max}; absent gives {@code fallback}, outside is a 400. */
  public static int integer(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int n = integer(name, value);
    if (n < min || n > max) {
      throw ProblemException.invalidField(name, "must be between " + min + " and " + max);
    }
    return n;
  }

  /** An optional enum constant by name; null stays null. */
  public static <E extends Enum<E>> E oneOf(String name, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
