package dk.jobbro.app.events;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Every attempt failed; it stays here until someone asks for a redelivery. */
  DEAD_LETTER
}
