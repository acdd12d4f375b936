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

  /** The status of a case with these dates on {@code today}. */
  public static FirstOfferStatus status(LocalDate latest, LocalDate metOn, LocalDate today, int dueSoonDays) {
    if (metOn != null) {
      return metOn.isAfter(latest) ? FirstOfferStatus.MET_LATE : FirstOfferStatus.MET_ON_TIME;
    }
    if (today.isAfter(latest)) {
      return FirstOfferStatus.OVERDUE;
    }
    return ChronoUnit.DAYS.between(today, latest) <= dueSoonDays ? FirstOfferStatus.DUE_SOON : FirstOfferStatus.OPEN;
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
      case DUE_SOON -> "c.firstOfferDate is null and c.firstOfferLatestDate >= :today "
          + "and c.firstOfferLatestDate <= :dueSoonBy";
      case OPEN -> "c.firstOfferDate is null and c.firstOfferLatestDate > :dueSoonBy";
      case MET_ON_TIME -> "c.firstOfferDate is not null and c.firstOfferDate <= c.firstOfferLatestDate";
      case MET_LATE -> "c.firstOfferDate is not null and c.firstOfferDate > c.firstOfferLatestDate";
    };
  }
}
