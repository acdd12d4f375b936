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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Idempotency-Key of a batch import. A batch is written in many transactions, so the key cannot be claimed in
 * the same transaction as the records, as a single submit's is: the claim commits on its own before the first record
 * is written, so a retry that arrives while the first run is still writing finds it and is told to come back
 * ({@link InProgress}) rather than starting a second run; once the run has finished, its stored results answer every
 * retry.
 *
 * <p>A run holds its claim with a lease of {@code handover.batch.lease-seconds} (default 15) that it renews while it
 * works, at least every {@code handover.batch.lease-renewal-seconds} (default 5) and with every chunk it writes. A run
 * whose server died stops renewing, so a retry takes the key over as soon as the lease lapses. Each chunk records its
 * results in the claim in the chunk's own transaction ({@link #hold}, {@link #addProgress}), and a chunk is written
 * only while its run holds the claim: the run that takes over skips what the dead run wrote and answers it the same
 * way, so no record is written twice or lost, whatever the timing.
 */
@ApplicationScoped
public class BatchIdempotency {

  @Inject
  BatchKeyRepository keys;

  @Inject
  IdempotencyKeys retention;

  @Inject
  Clock clock;

  @Inject
  @ConfigProperty(name = "handover.batch.lease-seconds", defaultValue = "15")
  int leaseSeconds;

  @Inject
  @ConfigProperty(name = "handover.batch.lease-renewal-seconds", defaultValue = "5")
  int renewalSeconds;

  /** A retry that arrived while the first run under its key is still writing (409, with Retry-After). */
  public static final class InProgress extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    InProgress(int retryAfterSeconds) {
      super(409, "batch-in-progress", "Batch in progress", "A batch with this Idempotency-Key is still being "
          + "imported. Send the same request again after " + retryAfterSeconds + " seconds to get its results.");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /**
   * The run lost its claim to a retry (it could not renew its lease in time); what it wrote is kept and answered by
   * the run that took over, so the request is told to come back for that run's results.
   */
  public static final class ClaimLost extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClaimLost() {
      super("another run took over the batch's Idempotency-Key");
    }
  }

  /**
   * The claim of one run.
   *
   * @param sender the sender whose key it is
   * @param key the Idempotency-Key
   * @param runId the run
   */
  public record Run(String sender, String key, UUID runId) {}

  /**
   * What claiming a key found.
   *
   * @param finished the results of the run that finished under the key, or null when this run holds the key now
   * @param done when this run holds the key: the results of the records an earlier run under it wrote before it died
   */
  public record Claim(List<BatchResult.Item> finished, Map<Integer, BatchResult.Item> done) {}

  /**
   * Claims the key for the run, committed when this returns.
   *
   * @throws InProgress when a run under the key with the same body has not finished and holds its lease
   * @throws ProblemException 422 when the key was used with another body
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Claim claim(Run run, String requestHash) {
    Instant now = clock.instant();
    BatchKeyRepository.Claim claim = keys.claim(run.sender(), run.key(), requestHash, run.runId(), now,
        retention.expiredBefore(now), now.plus(lease()));
    if (claim.ours()) {
      return new Claim(null, BatchResultsText.readIndexed(claim.progress()));
    }
    if (!claim.requestHash().equals(requestHash)) {
      throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
          "This Idempotency-Key was used with a different batch. Use a new key for a new batch.",
          List.of(new Problem.Violation("Idempotency-Key", "was used before with a different body")));
    }
    if (claim.results() == null) {
      throw inProgress();
    }
    return new Claim(BatchResultsText.read(claim.results()), Map.of());
  }

  /** What a request is told when another run holds the key: come back when that run has renewed once more. */
  public InProgress inProgress() {
    return new InProgress((int) renewal().toSeconds());
  }

  /**
   * Renews the run's lease in the caller's transaction (a chunk's) and keeps the key locked until it ends.
   *
   * @throws ClaimLost when another run has taken the key over
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(Run run) {
    if (!keys.renew(run.sender(), run.key(), run.runId(), clock.instant().plus(lease()))) {
      throw new ClaimLost();
    }
  }

  /** Records, in the caller's transaction (the chunk's that wrote them), the results of records written. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addProgress(Run run, List<BatchResult.Item> written) {
    if (!written.isEmpty()) {
      keys.addProgress(run.sender(), run.key(), run.runId(), BatchResultsText.writeIndexed(written));
    }
  }

  /**
   * Renews the run's lease on its own while it works without writing (checking records).
   *
   * @throws ClaimLost when another run has taken the key over
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void renew(Run run) {
    hold(run);
  }

  /** How often a working run renews its lease. */
  public Duration renewal() {
    return Duration.ofSeconds(Math.max(1, Math.min(renewalSeconds, leaseSeconds / 2)));
  }

  private Duration lease() {
    return Duration.ofSeconds(Math.max(2, leaseSeconds));
  }

  /** Stores the finished run's results under its key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void complete(Run run, List<BatchResult.Item> results) {
    if (!keys.complete(run.sender(), run.key(), run.runId(), BatchResultsText.write(results))) {
      throw new ClaimLost();
    }
  }

  /**
   * Ends the lease of a run that failed, so that a retry takes the key over at once and goes on from what this run
   * wrote rather than waiting for results that never come.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(Run run) {
    keys.release(run.sender(), run.key(), run.runId(), clock.instant());
  }
}
