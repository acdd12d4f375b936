package dk.jobbro.app.audit;

import dk.jobbro.api.shared.audit.AccessLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HexFormat;

/**
 * Walks the access log's hash chain and names the first link that does not hold. The database seals each row at
 * commit (migration {@code V202612051300}); this recomputes every link with the same function, in one statement so
 * that rows committed meanwhile cannot make the head and the links disagree.
 */
@ApplicationScoped
@Transactional
public class AccessLogChain {

  /** The whole check; the first problem by position, then a head that does not match, then an unchained row. */
  static final String VERIFY = """
      with head as (select * from audit.access_log_head),
      links as (
        select c.seq, c.log_id, c.prev_hash, c.row_hash,
               lag(c.seq) over (order by c.seq) as prev_seq,
               lag(c.row_hash) over (order by c.seq) as prev_row_hash,
               case when l.id is null then null else audit.access_log_digest(c.prev_hash, c.seq, l) end as recomputed
        from audit.access_log_chain c left join audit.access_log l on l.id = c.log_id),
      broken as (
        select k.seq, k.log_id::text as row_id, case
            when k.prev_seq is null and (k.seq <> h.first_seq or k.prev_hash <> h.first_prev_hash) then 'START_MISMATCH'
            when k.prev_seq is not null and k.seq <> k.prev_seq + 1 then 'LINK_MISSING'
            when k.prev_seq is not null and k.prev_hash <> k.prev_row_hash then 'LINK_ALTERED'
            when k.recomputed is null then 'ROW_MISSING'
            when k.recomputed <> k.row_hash then 'ROW_ALTERED'
          end as reason
        from links k cross join head h),
      newest as (select seq, row_hash from links order by seq desc limit 1)
      select (select count(*) from links),
             h.last_seq, h.last_hash,
             b.seq, b.row_id, b.reason,
             (n.seq is distinct from nullif(h.last_seq, 0) or (n.seq is not null and n.row_hash <> h.last_hash)),
             (select l.id::text from audit.access_log l
               where not exists (select 1 from audit.access_log_chain c where c.log_id = l.id) limit 1)
      from head h
      left join lateral (select * from broken where reason is not null order by seq limit 1) b on true
      left join newest n on true
      """;

  @PersistenceContext
  EntityManager em;

  @Inject
  AccessLog accessLog;

  public ChainVerification verify() {
    Object[] r = (Object[]) em.createNativeQuery(VERIFY).getSingleResult();
    long links = ((Number) r[0]).longValue();
    long headSeq = ((Number) r[1]).longValue();
    String headHash = HexFormat.of().formatHex((byte[]) r[2]);
    ChainVerification.BrokenLink broken = null;
    if (r[5] != null) {
      broken = new ChainVerification.BrokenLink(((Number) r[3]).longValue(), (String) r[4],
          ChainVerification.Reason.valueOf((String) r[5]));
    } else if (Boolean.TRUE.equals(r[6])) {
      broken = new ChainVerification.BrokenLink(headSeq, null, ChainVerification.Reason.HEAD_MISMATCH);
    } else if (r[7] != null) {
      broken = new ChainVerification.BrokenLink(null, (String) r[7], ChainVerification.Reason.UNCHAINED_ROW);
    }
    // logged after the walk, so this check's own row (sealed at commit) is not part of what it checked
    accessLog.record("AUDIT_VERIFY_CHAIN", AccessLogReader.RESOURCE, null);
    return new ChainVerification(broken == null, links, headSeq, headHash, broken);
  }
}
