package dk.jobbro.handover.control;

import dk.jobbro.api.handover.HandoverStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The batch import's duplicate lookup: which of a chunk's people the sender has already handed over to the kommune.
 * One statement per chunk with each list bound as a single array, returning three columns; the entity query it
 * replaces bound every person key as a parameter of its own (an IN list of 500) and built an entity per row found.
 */
@ApplicationScoped
public class SenderHandovers {

  /** The kommune codes are cast to the column's type, char(3): compared as text they could not use its index. */
  private static final String LIVE = """
      select id, receiving_kommune, person_key
        from handover.handover
       where sender = ? and receiving_kommune = any(cast(? as char(3)[])) and person_key = any(cast(? as text[]))
         and status not in ('%s', '%s')""".formatted(HandoverStatus.WITHDRAWN.name(), HandoverStatus.MERGED.name());

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  /**
   * The sender's handovers of these people in these kommuner that are neither withdrawn nor merged: the same rule as
   * the named query {@code Handover.live}, narrowed to one sender.
   *
   * @return handover id by {@link #key kommune and person key}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, UUID> live(String sender, Collection<String> kommuner, Collection<String> personKeys) {
    Map<String, UUID> found = new HashMap<>();
    if (kommuner.isEmpty() || personKeys.isEmpty()) {
      return found;
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LIVE)) {
      s.setString(1, sender);
      s.setArray(2, c.createArrayOf("text", kommuner.toArray()));
      s.setArray(3, c.createArrayOf("text", personKeys.toArray()));
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          found.putIfAbsent(key(rows.getString(2), rows.getString(3)), rows.getObject(1, UUID.class));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("looking up a chunk's handovers failed (SQL state " + e.getSQLState() + ")", e);
    }
    return found;
  }

  /** How a person handed over to a kommune is named in {@link #live}'s answer. */
  public static String key(String kommune, String personKey) {
    return kommune + "|" + personKey;
  }
}
