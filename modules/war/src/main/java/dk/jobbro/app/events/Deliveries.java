package dk.jobbro.app.events;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The worker's side of events.delivery. Each step commits on its own (REQUIRES_NEW), so the HTTP call between a claim
 * and its outcome runs with no transaction and no connection held.
 */
@ApplicationScoped
public class Deliveries {

  @PersistenceContext
  EntityManager em;

  /** A claimed attempt: what to send where, and the secret to sign it with. */
  record Attempt(UUID id, int attempt, String url, String secret, String body) {}

  /**
   * Claims up to {@code limit} due deliveries. {@code FOR UPDATE SKIP LOCKED} lets two instances claim at the same
   * moment without taking the same row; the lease (next_attempt_at moved ahead) keeps a claimed row from being claimed
   * again while its attempt runs, and makes it due again if this instance dies mid-way (so: at least once).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Attempt> claim(int limit, Duration lease) {
    List<?> rows = em.createNativeQuery("""
            with due as (
              select id from events.delivery
               where status = 'PENDING' and next_attempt_at <= clock_timestamp()
               order by next_attempt_at
               limit ?1
               for update skip locked)
            update events.delivery d
               set attempts = d.attempts + 1, last_attempt_at = clock_timestamp(),
                   next_attempt_at = clock_timestamp() + cast(?2 as interval)
              from due, events.subscription s, events.outbox o
             where d.id = due.id and s.id = d.subscription_id and o.position = d.outbox_position
            returning d.id, d.attempts, s.url, s.secret, o.event_id::text, o.source, o.type, o.subject, o.time,
                      o.data::text""")
        .setParameter(1, limit).setParameter(2, lease.toMillis() + " milliseconds").getResultList();
    PersonalDataCipher cipher = PersonalDataCipher.configured();
    return rows.stream().map(o -> {
      Object[] r = (Object[]) o;
      CloudEvent event = CloudEvent.of((String) r[4], (String) r[5], (String) r[6], (String) r[7],
          FeedRows.instant(r[8]), FeedRows.json((String) r[9]));
      return new Attempt((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2],
          cipher.decrypt((String) r[3], Subscriptions.SECRET_COLUMN.context()), CloudEvents.json(event));
    }).toList();
  }

  /** The receiver took it. */
  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(UUID id, int attempt, int status) {
    em.createNativeQuery("""
            update events.delivery set status = 'DELIVERED', delivered_at = clock_timestamp(), last_status = ?3,
                   last_error = null
             where id = ?1 and attempts = ?2 and status = 'PENDING'""")
        .setParameter(1, id).setParameter(2, attempt).setParameter(3, status).executeUpdate();
  }

  /**
   * The attempt failed: due again after the backoff, or DEAD_LETTER after the last attempt. Only the attempt that
   * holds the claim records (a redelivery asked for meanwhile reset the count and wins).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(UUID id, int attempt, Integer status, String error, Backoff backoff) {
    boolean dead = backoff.exhausted(attempt);
    em.createNativeQuery("""
            update events.delivery
               set status = ?3, last_status = ?4, last_error = ?5,
                   next_attempt_at = clock_timestamp() + cast(?6 as interval)
             where id = ?1 and attempts = ?2 and status = 'PENDING'""")
        .setParameter(1, id).setParameter(2, attempt).setParameter(3, dead ? "DEAD_LETTER" : "PENDING")
        .setParameter(4, status).setParameter(5, error)
        .setParameter(6, backoff.after(attempt).toMillis() + " milliseconds").executeUpdate();
  }
}
