package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.FirstOfferStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The first company-oriented offer is due, if possible, within 2 weeks of the kommune taking over and at the latest
 * after 1 calendar month (integrationsloven; domain.md 2.1). This class is the one place that turns the stored dates
 * into a status — both for one case in Java and, as JPQL conditions, for the worklist in the database.
 */
public final class FirstOfferClock {

  private FirstOfferClock() {}

  /**
   * The status of a case with these dates on {@code today}: the due-soon margin warns before the 14-day target, and
   * from the day after the target until the legal latest date the case is {@code TARGET_MISSED}, so that the two
   * weeks are visible as the kommune's own goal and not only the legal month.
   */
  public static FirstOfferStatus status(LocalDate target, LocalDate latest, LocalDate metOn, LocalDate today,
      int dueSoonDays) {
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

  /** Days left until the legal latest date while no offer is given; negative when overdue, null once met. */
  public static Long daysLeft(LocalDate latest, LocalDate metOn, LocalDate today) {
    return metOn != null ? null : ChronoUnit.DAYS.between(today, latest);
  }

  /**
   * The same rule as {@link #status} as a JPQL condition on a CaseFile alias {@code c}, with the parameters
   * {@code :today} and {@code :dueSoonBy} (today + the due-soon margin).
   */
  public static String jpqlCondition(FirstOfferStatus status) {
    return switch (status) {
      case OVERDUE -> "c.firstOfferDate is null and c.firstOfferLatestDate < :today";
      case TARGET_MISSED -> "c.firstOfferDate is null and c.firstOfferLatestDate >= :today "
          + "and c.firstOfferTargetDate < :today";
      case DUE_SOON -> "c.firstOfferDate is null and c.firstOfferTargetDate >= :today "
          + "and c.firstOfferTargetDate <= :dueSoonBy";
      case OPEN -> "c.firstOfferDate is null and c.firstOfferTargetDate > :dueSoonBy";
      case MET_ON_TIME -> "c.firstOfferDate is not null and c.firstOfferDate <= c.firstOfferLatestDate";
      case MET_LATE -> "c.firstOfferDate is not null and c.firstOfferDate > c.firstOfferLatestDate";
    };
  }
}
