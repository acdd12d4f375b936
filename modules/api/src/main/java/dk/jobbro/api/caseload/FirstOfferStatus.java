package dk.jobbro.api.caseload;

/** Where a case stands with its first company-oriented offer. */
public enum FirstOfferStatus {
  /** No offer yet, more than the due-soon margin left before the 14-day target. */
  OPEN,
  /** No offer yet, the 14-day target is within the due-soon margin (3 days by default). */
  DUE_SOON,
  /**
   * No offer, the 14-day target has passed and the legal latest date (1 month) has not: the kommune is late on "so
   * far as possible within 2 weeks" but still within the law.
   */
  TARGET_MISSED,
  /** No offer and the legal latest date has passed. */
  OVERDUE,
  /** The first offer started on or before the legal latest date. */
  MET_ON_TIME,
  /** The first offer started after the legal latest date. */
  MET_LATE
}
