package dk.jobbro.api.caseload;

/**
 * Where an offer stands on a date. Derived from its dates and whether it was cancelled, never stored, so an offer
 * registered in advance turns ACTIVE on its start date without anyone touching it.
 */
public enum OfferStatus {
  /** Registered, starts later; it does not yet meet the first-offer duty and can still be cancelled. */
  PLANNED,
  /** Started and not past its last day. */
  ACTIVE,
  /** Past its last day. */
  ENDED,
  /** Called off before it started; it counts for nothing. */
  CANCELLED
}
