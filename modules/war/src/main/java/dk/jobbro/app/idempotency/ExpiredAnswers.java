package dk.jobbro.app.idempotency;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Deletes the answers of expired Idempotency-Keys every hour, so the table does not grow for ever. */
@Singleton
public class ExpiredAnswers {

  private static final Logger LOG = Logger.getLogger(ExpiredAnswers.class.getName());

  @Inject
  StoredResponses stored;

  @Schedule(hour = "*", minute = "37", persistent = false)
  @OncePerSchedule("idempotent-answer-purge")
  void purge() {
    int purged = stored.purgeExpired();
    if (purged > 0) {
      LOG.info(() -> "Purged " + purged + " answers of expired idempotency keys");
    }
  }
}
