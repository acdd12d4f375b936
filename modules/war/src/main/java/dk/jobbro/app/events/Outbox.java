package dk.jobbro.app.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

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

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  /**
   * One event for one audience's feed, as {@link #append} takes it.
   *
   * @param audience whose feed
   * @param eventId the event's id (shared by the rows of one event in several feeds)
   * @param source the CloudEvents source
   * @param type the event type
   * @param subject what it is about (an id)
   * @param time when it happened
   * @param data ids, dates and codes only
   */
  public record Entry(String audience, UUID eventId, String source, String type, String subject, Instant time,
      JsonObject data) {}

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

  /**
   * Appends many events, in the order given, and queues their deliveries: what {@link #append} does for each, in one
   * statement (the entries travel as arrays and are unnested), so a batch import's thousands of events cost one round
   * trip per chunk instead of one each. Plain JDBC on the transaction's own connection: the rows commit or roll back
   * with the change, exactly as {@link #append}'s do.
   */
  @Transactional(TxType.MANDATORY)
  public void appendAll(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    int n = entries.size();
    String[][] columns = new String[7][n];
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      columns[0][i] = e.audience();
      columns[1][i] = e.eventId().toString();
      columns[2][i] = e.source();
      columns[3][i] = e.type();
      columns[4][i] = e.subject();
      columns[5][i] = e.time().toString();
      // an event in several feeds is consecutive entries sharing one data object: written as text once
      columns[6][i] = i > 0 && e.data() == entries.get(i - 1).data() ? columns[6][i - 1] : e.data().toString();
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
            with e as (
              insert into events.outbox (txid, audience, event_id, source, type, subject, time, data)
              select pg_current_xact_id(), r.audience, r.event_id, r.source, r.type, r.subject, r.time,
                     cast(r.data as jsonb)
                from unnest(cast(? as text[]), cast(? as uuid[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]))
                     with ordinality as r(audience, event_id, source, type, subject, time, data, n)
               order by r.n
              returning position, audience, type)
            insert into events.delivery (id, subscription_id, outbox_position, status, next_attempt_at, created_at)
            select gen_random_uuid(), s.id, e.position, 'PENDING', clock_timestamp(), clock_timestamp()
              from e join events.subscription s on s.audience = e.audience
             where cardinality(s.event_types) = 0 or e.type = any(s.event_types)""")) {
      for (int column = 0; column < columns.length; column++) {
        s.setArray(column + 1, c.createArrayOf("text", columns[column]));
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("appending " + n + " events to the outbox failed (SQL state "
          + e.getSQLState() + ")", e);
    }
    signal.afterCommit();
  }
}
