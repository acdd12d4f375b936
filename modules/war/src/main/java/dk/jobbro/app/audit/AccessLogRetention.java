package dk.jobbro.app.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes the access log's oldest rows once they are older than the retention period, from the chain's beginning,
 * as migration {@code V202612051300} provides for: as the role {@code jobbro_audit_retention} (the only one the
 * database lets delete log rows), the links before the first kept one and their rows go, and the head's
 * {@code first_seq}/{@code first_prev_hash} move to the first kept link, so the chain check still holds and any other
 * removed row is still a broken link.
 *
 * <p>Rows are chained in commit order, which is nearly but not exactly the order of {@code at}: the cut is the first
 * link whose row is not yet due, so a due row committed after it waits for a later run (never the other way round).
 */
@ApplicationScoped
public class AccessLogRetention {

  private static final Logger LOG = Logger.getLogger(AccessLogRetention.class.getName());

  @PersistenceContext
  EntityManager em;

  /** How many rows are older than the cut-off now, for the dry run. */
  @Transactional
  public long due(Instant olderThan) {
    return ((Number) em.createNativeQuery("select count(*) from audit.access_log where at < :cutoff")
        .setParameter("cutoff", Timestamp.from(olderThan)).getSingleResult()).longValue();
  }

  /** Deletes the rows before the first link whose row is at or after the cut-off; returns how many went. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int delete(Instant olderThan) {
    em.createNativeQuery("set local role jobbro_audit_retention").executeUpdate();
    try {
      // the head's lock keeps the sealing of new rows out until this transaction commits
      Object[] head = (Object[]) em.createNativeQuery(
          "select last_seq, last_hash, first_seq from audit.access_log_head for update").getSingleResult();
      long lastSeq = ((Number) head[0]).longValue();
      Number firstKept = (Number) em.createNativeQuery("""
              select min(c.seq) from audit.access_log_chain c join audit.access_log l on l.id = c.log_id
               where l.at >= :cutoff""").setParameter("cutoff", Timestamp.from(olderThan)).getSingleResult();
      long keep = firstKept == null ? lastSeq + 1 : firstKept.longValue();
      if (keep <= ((Number) head[2]).longValue()) {
        return 0;
      }
      byte[] prevHash = keep > lastSeq ? (byte[]) head[1] : (byte[]) em.createNativeQuery(
          "select prev_hash from audit.access_log_chain where seq = :seq").setParameter("seq", keep)
          .getSingleResult();
      int rows = em.createNativeQuery("delete from audit.access_log l using audit.access_log_chain c "
          + "where c.log_id = l.id and c.seq < :keep").setParameter("keep", keep).executeUpdate();
      em.createNativeQuery("delete from audit.access_log_chain where seq < :keep").setParameter("keep", keep)
          .executeUpdate();
      em.createNativeQuery("update audit.access_log_head set first_seq = :keep, first_prev_hash = :hash")
          .setParameter("keep", keep).setParameter("hash", prevHash).executeUpdate();
      LOG.info(() -> "Access-log retention deleted " + rows + " rows before chain position " + keep);
      return rows;
    } finally {
      em.createNativeQuery("reset role").executeUpdate();
    }
  }
}
