package dk.jobbro.handover.control;

import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts many new handovers with plain JDBC batches, inside the caller's JTA transaction. The batch import needs
 * this: persisting ten thousand entities through the ORM one by one spends most of its time in per-entity
 * bookkeeping, while two batched INSERTs per chunk are several times faster. Single submits keep using JPA.
 */
@ApplicationScoped
public class BulkInsert {

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  /**
   * A new handover to insert.
   *
   * @param handover the entity, described but not persisted (version 0, revision 1)
   * @param suppliedBy who supplied the first version
   */
  public record Row(Handover handover, String suppliedBy) {}

  /**
   * The database refused a value of a record (a data exception or a violated constraint, SQL state class 22 or 23):
   * the fault of some record in the chunk, not of the database, so the caller can find it and reject only it.
   */
  public static final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    Refused(String sqlState) {
      // no cause kept: the driver's message quotes the refused value, which may be personal data
      super("the database refused a handover's values (SQL state " + sqlState + ")");
      this.sqlState = sqlState;
    }

    public String sqlState() {
      return sqlState;
    }
  }

  /** @throws Refused when the database refuses a value of one of the rows */
  @Transactional(Transactional.TxType.MANDATORY)
  public void insert(List<Row> rows, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    Timestamp at = Timestamp.from(now);
    try (Connection c = dataSource.getConnection();
        PreparedStatement h = c.prepareStatement("insert into handover.handover (id, sender, receiving_kommune,"
            + " status, cpr_cipher, case_number, person_key, full_name, visitation_decision_date,"
            + " expected_takeover_date,"
            + " completeness_score, revision, content, sent_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement r = c.prepareStatement("insert into handover.handover_revision (id, handover_id,"
            + " revision, content, supplied_by, supplied_at) values (?, ?, ?, ?, ?, ?)")) {
      for (Row row : rows) {
        Handover x = row.handover();
        x.seal();
        h.setObject(1, x.id());
        h.setString(2, x.sender());
        h.setString(3, x.receivingKommune());
        h.setString(4, x.status().name());
        h.setString(5, x.cprCipher());
        h.setString(6, x.caseNumber());
        h.setString(7, x.personKey());
        h.setString(8, x.fullName());
        setDate(h, 9, x.visitationDecisionDate());
        setDate(h, 10, x.expectedTakeoverDate());
        h.setInt(11, x.completenessScore());
        h.setInt(12, x.revision());
        h.setString(13, x.contentCipher());
        h.setTimestamp(14, at);
        h.addBatch();
        r.setObject(1, java.util.UUID.randomUUID());
        r.setObject(2, x.id());
        r.setInt(3, x.revision());
        r.setString(4, HandoverRevision.encrypted(x.content()));
        r.setString(5, row.suppliedBy());
        r.setTimestamp(6, at);
        r.addBatch();
      }
      h.executeBatch();
      r.executeBatch();
    } catch (SQLException e) {
      String state = sqlState(e);
      if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
        throw new Refused(state);
      }
      throw new IllegalStateException("bulk insert of handovers failed (SQL state " + e.getSQLState() + ")", e);
    }
  }

  /** The state of the first exception in the chain that has one (a batch's failure wraps the row's). */
  private static String sqlState(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null && !x.getSQLState().startsWith("25")) {
        return x.getSQLState();
      }
    }
    return e.getSQLState();
  }

  private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setObject(index, date);
    }
  }
}
