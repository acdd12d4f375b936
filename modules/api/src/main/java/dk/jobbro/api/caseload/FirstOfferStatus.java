package dk.jobbro.api.caseload;

/** Where a case stands with its first company-oriented offer. */
public enum FirstOfferStatus {
  /** No offer yet, more than the due-soon margin left before the legal latest date. */
  OPEN,
  /** No offer yet, the legal latest date is within the due-soon margin (3 days by default). */
  DUE_SOON,
  /** No offer and the legal latest date has passed. */
  OVERDUE,
  /** The first offer started on or before the legal latest date. */
  MET_ON_TIME,
  /** The first offer started after the legal latest date. */
  MET_LATE
}
