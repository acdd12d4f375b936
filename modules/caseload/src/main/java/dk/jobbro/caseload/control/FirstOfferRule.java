package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.FirstOfferDeadline;
import java.time.LocalDate;

/**
 * The first company-oriented offer is due, if possible, within 2 weeks of the kommune taking over and at the latest
 * after 1 month (integrationsloven; domain.md 2.1). "1 month" is a calendar month: 31 January gives 28 or 29
 * February, which is what {@link LocalDate#plusMonths(long)} does.
 */
public final class FirstOfferRule {

  static final int TARGET_DAYS = 14;

  private FirstOfferRule() {}

  public static FirstOfferDeadline forTakeover(LocalDate takeoverDate) {
    return new FirstOfferDeadline(takeoverDate.plusDays(TARGET_DAYS), takeoverDate.plusMonths(1));
  }
}
