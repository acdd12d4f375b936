package dk.jobbro.handover.boundary;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import dk.jobbro.handover.control.BatchKeyRepository;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a sender's Idempotency-Key protects a batch import. A retry comes within minutes or hours, so a key expires
 * after {@code handover.idempotency-key.retention-days} (default 7): after that the same key imports anew, and a
 * scheduled purge keeps the table from growing for ever. (A single submit's key is the war's {@code @Idempotent}
 * plumbing's, like every create's: a batch is written in many transactions and needs its own. A singleton for the
 * timer; READ lock so that imports asking for the expiry never wait for each other.)
 */
@Singleton
@Lock(LockType.READ)
public class IdempotencyKeys {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());

  @Inject
  BatchKeyRepository batchKeys;

  @Inject
  Clock clock;

  @Inject
  @ConfigProperty(name = "handover.idempotency-key.retention-days", defaultValue = "7")
  int retentionDays;

  /** Keys first used before this instant have expired. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Instant expiredBefore(Instant now) {
    return now.minus(Duration.ofDays(Math.max(1, retentionDays)));
  }

  @Schedule(hour = "*", minute = "23", persistent = false)
  @OncePerSchedule("handover-batch-key-purge")
  void purgeExpired() {
    Instant expiredBefore = expiredBefore(clock.instant());
    int purged = batchKeys.purge(expiredBefore);
    if (purged > 0) {
      LOG.info(() -> "Purged " + purged + " expired batch idempotency keys");
    }
  }
}
