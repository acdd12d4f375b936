package dk.jobbro.app.events;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads a feed's rows after a cursor; each call is one short transaction, so a waiting client holds no connection. */
@ApplicationScoped
public class FeedRows {

  @PersistenceContext
  EntityManager em;

  @Inject
  AccessLog accessLog;

  /** A row as served: the event and its cursor. */
  record Row(Cursor cursor, CloudEvent event) {}

  /**
   * The rows of one audience after the cursor, oldest first, of transactions that ended before every transaction
   * still running began (see V202612051400__event_outbox.sql): all of them are final, and any row that commits later
   * sorts after them. A long transaction anywhere in the database therefore holds the feed back until it ends.
   */
  @Transactional
  public List<Row> after(String audience, Cursor after, int limit) {
    List<?> rows = em.createNativeQuery("""
            select txid::text, position, event_id::text, source, type, subject, time, data::text
              from events.outbox
             where audience = ?1
               and (txid, position) > (cast(?2 as xid8), ?3)
               and txid < pg_snapshot_xmin(pg_current_snapshot())
             order by txid, position
             limit ?4""")
        .setParameter(1, audience).setParameter(2, Long.toString(after.txid())).setParameter(3, after.position())
        .setParameter(4, limit).getResultList();
    List<Row> found = new ArrayList<>();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      found.add(new Row(new Cursor(Long.parseLong((String) r[0]), ((Number) r[1]).longValue()),
          CloudEvent.of((String) r[2], (String) r[3], (String) r[4], (String) r[5], instant(r[6]),
              json((String) r[7]))));
    }
    if (!found.isEmpty()) {
      accessLog.recordSearch("READ_FEED", "events", null);
    }
    return found;
  }

  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  static JsonObject json(String text) {
    try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
