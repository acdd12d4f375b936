package dk.jobbro.handover.boundary;

import dk.jobbro.api.handover.BatchResult;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.handover.control.BatchKeyRepository;
import dk.jobbro.handover.control.BatchResultsText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Key of a batch import. A batch is written in many transactions, so the key cannot be claimed in
 * the same transaction as the records, as a single submit's is: each step here commits on its own. The claim is
 * committed before the first record is written, so a retry that arrives while the first run is still writing finds
 * it and is told to come back ({@link InProgress}) rather than starting a second run; once the run has finished, its
 * stored results answer every retry.
 */
@ApplicationScoped
public class BatchIdempotency {

  /**
   * A run whose claim is this old without results died with its server (a failing run gives its claim up): a retry
   * then runs afresh. Far above the time a batch takes (10,000 records in well under a minute, HandoverBatchBench),
   * and even a run taken for dead too early creates nobody twice: the duplicate rule answers its people as duplicates.
   */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

  /** What a retry during a run is told to wait: a full batch takes seconds to tens of seconds. */
  static final int RETRY_AFTER_SECONDS = 5;

  @Inject
  BatchKeyRepository keys;

  @Inject
  IdempotencyKeys retention;

  @Inject
  Clock clock;

  /** A retry that arrived while the first run under its key is still writing (409, with Retry-After). */
  public static final class InProgress extends ProblemException {

    private static final long serialVersionUID = 1L;

    InProgress() {
      super(409, "batch-in-progress", "Batch in progress", "A batch with this Idempotency-Key is still being "
          + "imported. Send the same request again after " + RETRY_AFTER_SECONDS + " seconds to get its results.");
    }

    public int retryAfterSeconds() {
      return RETRY_AFTER_SECONDS;
    }
  }

  /**
   * Claims the key for the run {@code runId}, committed when this returns.
   *
   * @return empty when the run may go ahead; otherwise the results of the run that finished under the key
   * @throws InProgress when a run under the key with the same body has not finished
   * @throws ProblemException 422 when the key was used with another body
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<List<BatchResult.Item>> claim(String sender, String key, String requestHash, UUID runId) {
    Instant now = clock.instant();
    Optional<BatchKeyRepository.Claim> earlier = keys.claim(sender, key, requestHash, runId, now,
        retention.expiredBefore(now), now.minus(ABANDONED_AFTER));
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    if (!earlier.get().requestHash().equals(requestHash)) {
      throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
          "This Idempotency-Key was used with a different batch. Use a new key for a new batch.",
          List.of(new Problem.Violation("Idempotency-Key", "was used before with a different body")));
    }
    if (earlier.get().results() == null) {
      throw new InProgress();
    }
    return Optional.of(BatchResultsText.read(earlier.get().results()));
  }

  /** Stores the finished run's results under its key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void complete(String sender, String key, UUID runId, List<BatchResult.Item> results) {
    keys.complete(sender, key, runId, BatchResultsText.write(results));
  }

  /**
   * Gives up the claim of a run that failed, so that a retry runs afresh rather than waiting for results that never
   * come; records the failed run committed before it failed are then answered as duplicates.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String sender, String key, UUID runId) {
    keys.release(sender, key, runId);
  }
}
