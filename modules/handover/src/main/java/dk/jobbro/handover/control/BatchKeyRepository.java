package dk.jobbro.handover.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Batch imports' idempotency keys ({@code handover.batch_idempotency_key}); the callers hold the transactions. */
@ApplicationScoped
public class BatchKeyRepository {

  @PersistenceContext
  EntityManager em;

  /**
   * Claims a key for a new run. Like {@link HandoverRepository#claim}, ON CONFLICT waits for a concurrent transaction
   * inserting the same key, so of concurrent first requests exactly one claims it. The key is claimed afresh when it
   * has expired, or when a run under it with the same body never finished and is older than {@code abandonedBefore}
   * (its server died mid-run: nothing else would ever release it).
   *
   * @return empty when this call claimed the key; otherwise the claim that holds it
   */
  public Optional<Claim> claim(String sender, String key, String requestHash, UUID runId, Instant now,
      Instant expiredBefore, Instant abandonedBefore) {
    int claimed = em.createNativeQuery("insert into handover.batch_idempotency_key"
            + " (sender, key, request_hash, run_id, created_at) values (?1, ?2, ?3, ?4, ?5)"
            + " on conflict (sender, key) do update set request_hash = excluded.request_hash,"
            + " run_id = excluded.run_id, created_at = excluded.created_at, results = null"
            + " where batch_idempotency_key.created_at < ?6 or (batch_idempotency_key.results is null"
            + " and batch_idempotency_key.created_at < ?7"
            + " and batch_idempotency_key.request_hash = excluded.request_hash)")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, requestHash).setParameter(4, runId)
        .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(expiredBefore))
        .setParameter(7, Timestamp.from(abandonedBefore)).executeUpdate();
    if (claimed == 1) {
      return Optional.empty();
    }
    Object[] row = (Object[]) em.createNativeQuery("select request_hash, results"
            + " from handover.batch_idempotency_key where sender = ?1 and key = ?2")
        .setParameter(1, sender).setParameter(2, key).getSingleResult();
    return Optional.of(new Claim(row[0].toString().strip(), row[1] == null ? null : row[1].toString()));
  }

  /** Stores the finished run's results; false if the run no longer holds the key. */
  public boolean complete(String sender, String key, UUID runId, String results) {
    return em.createNativeQuery("update handover.batch_idempotency_key set results = ?4"
            + " where sender = ?1 and key = ?2 and run_id = ?3")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, runId).setParameter(4, results)
        .executeUpdate() == 1;
  }

  /** Gives up a run's claim, so that a retry runs afresh. */
  public void release(String sender, String key, UUID runId) {
    em.createNativeQuery("delete from handover.batch_idempotency_key"
            + " where sender = ?1 and key = ?2 and run_id = ?3 and results is null")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, runId).executeUpdate();
  }

  /** Deletes the keys first used before {@code expiredBefore}; answers how many. */
  public int purge(Instant expiredBefore) {
    return em.createNativeQuery("delete from handover.batch_idempotency_key where created_at < ?1")
        .setParameter(1, Timestamp.from(expiredBefore)).executeUpdate();
  }

  /**
   * A key already claimed.
   *
   * @param requestHash the hash of the raw body it was first used with
   * @param results the stored results ({@link BatchResultsText}); null while that run is in progress
   */
  public record Claim(String requestHash, String results) {}
}
