package dk.jobbro.app.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes waiting feed readers when a transaction that wrote outbox rows commits on this instance. Waiters still look
 * again every second, for rows another instance committed and for rows held back behind a transaction that was
 * running.
 */
@ApplicationScoped
public class FeedSignal {

  private static final Object KEY = FeedSignal.class;

  @Resource
  TransactionSynchronizationRegistry transactions;

  private long commits;

  /** Called inside a transaction that wrote outbox rows: signal once it commits. */
  void afterCommit() {
    if (transactions.getResource(KEY) == null) {
      transactions.putResource(KEY, Boolean.TRUE);
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
          if (status == Status.STATUS_COMMITTED) {
            committed();
          }
        }
      });
    }
  }

  synchronized long commits() {
    return commits;
  }

  private synchronized void committed() {
    commits++;
    notifyAll();
  }

  /** Waits until a commit after {@code seen}, or at most {@code millis}. */
  synchronized void await(long seen, long millis) throws InterruptedException {
    if (commits == seen && millis > 0) {
      wait(millis);
    }
  }
}
