package dk.jobbro.app.events;

import java.time.Duration;

/**
 * When a failed webhook delivery is tried again: the first retry after {@code initial}, each next one after twice the
 * wait before, never more than {@code max}; after {@code maxAttempts} attempts it is dead-lettered. The numbers come
 * from configuration ({@code jobbro.webhooks.*}, see WebhookWorker).
 *
 * @param initial the wait after the first failed attempt
 * @param max the longest wait
 * @param maxAttempts attempts before DEAD_LETTER
 */
record Backoff(Duration initial, Duration max, int maxAttempts) {

  Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max and at least one attempt");
    }
  }

  /** Whether a delivery that failed its {@code attempts}-th attempt is dead. */
  boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }

  /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
  Duration after(int attempts) {
    Duration wait = initial;
    for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
