package dk.jobbro.handover.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Batch imports' idempotency keys ({@code handover.batch_idempotency_key}); the callers hold the transactions. */
@ApplicationScoped
public class BatchKeyRepository {

  @PersistenceContext
  EntityManager em;

  /**
   * Claims a key for a new run, leased until {@code leaseUntil}. ON CONFLICT waits for a concurrent transaction
   * inserting or holding the same key, so of concurrent first requests exactly one claims it. The key is claimed
   * afresh when it has expired, and taken over (keeping the progress of the run before) when a run under it with the
   * same body never finished and its lease has lapsed: its server died or it gave up.
   *
   * @return the claim that holds the key, {@link Claim#ours()} when this call claimed it
   */
  public Claim claim(String sender, String key, String requestHash, UUID runId, Instant now, Instant expiredBefore,
      Instant leaseUntil) {
    int claimed = em.createNativeQuery("insert into handover.batch_idempotency_key as k"
            + " (sender, key, request_hash, run_id, created_at, lease_until) values (?1, ?2, ?3, ?4, ?5, ?6)"
            + " on conflict (sender, key) do update set request_hash = excluded.request_hash,"
            + " run_id = excluded.run_id, lease_until = excluded.lease_until, results = null,"
            + " created_at = case when k.created_at < ?7 then excluded.created_at else k.created_at end,"
            + " progress = case when k.created_at < ?7 then null else k.progress end"
            + " where k.created_at < ?7 or (k.results is null and k.lease_until < ?5"
            + " and k.request_hash = excluded.request_hash)")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, requestHash).setParameter(4, runId)
        .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(leaseUntil))
        .setParameter(7, Timestamp.from(expiredBefore)).executeUpdate();
    Object[] row = (Object[]) em.createNativeQuery("select request_hash, results, progress"
            + " from handover.batch_idempotency_key where sender = ?1 and key = ?2")
        .setParameter(1, sender).setParameter(2, key).getSingleResult();
    return new Claim(claimed == 1, row[0].toString().strip(), text(row[1]), text(row[2]));
  }

  /**
   * Extends the run's lease to {@code leaseUntil} (never shortens it) and locks the key's row until the transaction
   * ends, so the key cannot be taken over while the caller writes; false if the run no longer holds the key.
   */
  public boolean renew(String sender, String key, UUID runId, Instant leaseUntil) {
    return em.createNativeQuery("update handover.batch_idempotency_key"
            + " set lease_until = greatest(lease_until, ?4)"
            + " where sender = ?1 and key = ?2 and run_id = ?3 and results is null")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, runId)
        .setParameter(4, Timestamp.from(leaseUntil)).executeUpdate() == 1;
  }

  /** Adds the results of records just written (in the same transaction as they are) to the run's progress. */
  public void addProgress(String sender, String key, UUID runId, String lines) {
    em.createNativeQuery("update handover.batch_idempotency_key set progress = coalesce(progress, '') || ?4"
            + " where sender = ?1 and key = ?2 and run_id = ?3 and results is null")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, runId).setParameter(4, lines)
        .executeUpdate();
  }

  /** Stores the finished run's results; false if the run no longer holds the key. */
  public boolean complete(String sender, String key, UUID runId, String results) {
    return em.createNativeQuery("update handover.batch_idempotency_key set results = ?4, progress = null"
            + " where sender = ?1 and key = ?2 and run_id = ?3")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, runId).setParameter(4, results)
        .executeUpdate() == 1;
  }

  /** Ends a failed run's lease now, so that a retry takes the key over at once and goes on from its progress. */
  public void release(String sender, String key, UUID runId, Instant now) {
    em.createNativeQuery("update handover.batch_idempotency_key set lease_until = ?4"
            + " where sender = ?1 and key = ?2 and run_id = ?3 and results is null")
        .setParameter(1, sender).setParameter(2, key).setParameter(3, runId)
        .setParameter(4, Timestamp.from(now.minusMillis(1))).executeUpdate();
  }

  /** Deletes the keys first used before {@code expiredBefore}; answers how many. */
  public int purge(Instant expiredBefore) {
    return em.createNativeQuery("delete from handover.batch_idempotency_key where created_at < ?1")
        .setParameter(1, Timestamp.from(expiredBefore)).executeUpdate();
  }

  private static String text(Object column) {
    return column == null ? null : column.toString();
  }

  /**
   * A key's claim.
   *
   * @param ours whether the run asking holds it now
   * @param requestHash the hash of the raw body it was first used with
   * @param results the stored results ({@link BatchResultsText}); null while a run is in progress
   * @param progress the results of the records written so far by runs that did not finish (indexed lines), or null
   */
  public record Claim(boolean ours, String requestHash, String results, String progress) {}
}
