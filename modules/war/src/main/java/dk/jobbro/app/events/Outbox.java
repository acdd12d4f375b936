package dk.jobbro.app.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes outbox rows (events.outbox) and their pending webhook deliveries. MANDATORY: a row written outside the
 * transaction of its change could survive a rolled-back change or be lost with a committed one, so an event fired
 * outside a transaction fails loudly instead.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext
  EntityManager em;

  @Inject
  FeedSignal signal;

  /**
   * Appends one event to an audience's feed and queues a delivery for each of that audience's subscriptions that
   * wants its type, in one statement.
   */
  @Transactional(TxType.MANDATORY)
  public void append(String audience, UUID eventId, String source, String type, String subject, Instant time,
      JsonObject data) {
    em.createNativeQuery("""
            with e as (
              insert into events.outbox (txid, audience, event_id, source, type, subject, time, data)
              values (pg_current_xact_id(), ?1, ?2, ?7, ?3, ?4, ?5, cast(?6 as jsonb))
              returning position)
            insert into events.delivery (id, subscription_id, outbox_position, status, next_attempt_at, created_at)
            select gen_random_uuid(), s.id, e.position, 'PENDING', clock_timestamp(), clock_timestamp()
              from e, events.subscription s
             where s.audience = ?1 and (cardinality(s.event_types) = 0 or ?3 = any(s.event_types))""")
        .setParameter(1, audience).setParameter(2, eventId).setParameter(3, type).setParameter(4, subject)
        .setParameter(5, time).setParameter(6, data.toString()).setParameter(7, source)
        .executeUpdate();
    signal.afterCommit();
  }
}
