package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.FirstOfferStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The first company-oriented offer is due, if possible, within 2 weeks of the kommune taking over and at the latest
 * after 1 calendar month (integrationsloven; domain.md 2.1). This class is the one place that turns the stored dates
 * into a status — both for one case in Java and, as JPQL conditions, for the worklist in the database.
 *
 * <p>The stored first-offer date is the start of the earliest company-oriented offer that was not cancelled, and it
 * may lie ahead (an offer registered in advance). The duty is met only from that day: until then the case is as open
 * as one without an offer, so a praktik starting next week does not show as met today.
 */
public final class FirstOfferClock {

  private FirstOfferClock() {}

  /**
   * The status of a case with these dates on {@code today}: the due-soon margin warns before the 14-day target, and
   * from the day after the target until the legal latest date the case is {@code TARGET_MISSED}, so that the two
   * weeks are visible as the kommune's own goal and not only the legal month.
   */
  public static FirstOfferStatus status(LocalDate target, LocalDate latest, LocalDate firstOfferStart,
      LocalDate today, int dueSoonDays) {
    LocalDate metOn = metOn(firstOfferStart, today);
    if (metOn != null) {
      return metOn.isAfter(latest) ? FirstOfferStatus.MET_LATE : FirstOfferStatus.MET_ON_TIME;
    }
    if (today.isAfter(latest)) {
      return FirstOfferStatus.OVERDUE;
    }
    if (today.isAfter(target)) {
      return FirstOfferStatus.TARGET_MISSED;
    }
    return ChronoUnit.DAYS.between(today, target) <= dueSoonDays ? FirstOfferStatus.DUE_SOON : FirstOfferStatus.OPEN;
  }

  /** The day the duty was met: the first offer's start once it has come, else null (none, or only planned). */
  public static LocalDate metOn(LocalDate firstOfferStart, LocalDate today) {
    return firstOfferStart != null && !firstOfferStart.isAfter(today) ? firstOfferStart : null;
  }

  /** Days left until the legal latest date while no offer has started; negative when overdue, null once met. */
  public static Long daysLeft(LocalDate latest, LocalDate firstOfferStart, LocalDate today) {
    return metOn(firstOfferStart, today) != null ? null : ChronoUnit.DAYS.between(today, latest);
  }

  /** {@link #metOn} as a JPQL condition on a CaseFile alias {@code c}: no offer has started by {@code :today}. */
  public static final String JPQL_NOT_MET = "(c.firstOfferDate is null or c.firstOfferDate > :today)";

  /**
   * {@link FirstOfferStatus#OVERDUE} as an SQL condition on a {@code caseload.case_file} alias {@code c}, with the
   * parameter {@code :today}: for native queries that JPQL cannot express (the escalations' union of deadlines).
   */
  public static final String SQL_OVERDUE =
      "(c.first_offer_date is null or c.first_offer_date > :today) and c.first_offer_latest_date < :today";

  /**
   * The same rule as {@link #status} as a JPQL condition on a CaseFile alias {@code c}, with the parameters
   * {@code :today} and {@code :dueSoonBy} (today + the due-soon margin).
   */
  public static String jpqlCondition(FirstOfferStatus status) {
    return switch (status) {
      case OVERDUE -> JPQL_NOT_MET + " and c.firstOfferLatestDate < :today";
      case TARGET_MISSED -> JPQL_NOT_MET + " and c.firstOfferLatestDate >= :today "
          + "and c.firstOfferTargetDate < :today";
      case DUE_SOON -> JPQL_NOT_MET + " and c.firstOfferTargetDate >= :today "
          + "and c.firstOfferTargetDate <= :dueSoonBy";
      case OPEN -> JPQL_NOT_MET + " and c.firstOfferTargetDate > :dueSoonBy";
      case MET_ON_TIME -> "c.firstOfferDate <= :today and c.firstOfferDate <= c.firstOfferLatestDate";
      case MET_LATE -> "c.firstOfferDate <= :today and c.firstOfferDate > c.firstOfferLatestDate";
    };
  }
}
