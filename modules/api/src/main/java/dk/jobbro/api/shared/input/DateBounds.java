package dk.jobbro.api.shared.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The range of dates the API accepts anywhere: from 1 January 1900 (before any living person's birth) to 31 December
 * 2199 (far beyond any plan). Years such as {@code +999999999} parse as dates but overflow date arithmetic and the
 * database, so they are refused at the edge with a message naming the field.
 */
public final class DateBounds {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  /**
   * The message for a date outside the range; it never repeats the rejected value. A literal, so that annotations can
   * use it (DateBoundsTest keeps it equal to the bounds).
   */
  public static final String MESSAGE = "must be between 1900-01-01 and 2199-12-31";

  private DateBounds() {}

  public static boolean contains(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  public static boolean contains(YearMonth month) {
    return contains(month.atDay(1));
  }

  /** An instant is judged by its UTC date, so that the bounds mean the same days for every kind of date. */
  public static boolean contains(Instant instant) {
    return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
        && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
