package dk.jobbro.api.shared.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes access-log rows that belong to no persistence context (the reads made outside a transaction) as one
 * multi-row INSERT on a connection in auto-commit mode: PostgreSQL runs it as a transaction of its own and commits it,
 * the hash chain's deferred trigger included, before it answers, so a group costs one round trip. (A JDBC batch in an
 * explicit transaction took two, the batch with its BEGIN and then the COMMIT, plus switching auto-commit off and on.)
 * The columns are those of {@link AccessLogEntry}.
 */
final class AccessLogInsert {

  static final String INSERT = "insert into audit.access_log (id, at, subject, role, kommune_kode, action,"
      + " resource_type, resource_id, criterion_hash, persons, kommuner) values ";

  /** One row's placeholders in {@link #INSERT}'s VALUES list. */
  private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The most rows one INSERT carries, so the statement stays far below PostgreSQL's limit of 65,535 parameters
   * (11 per row) and no single write takes long.
   */
  static final int MAX_ROWS = 256;

  private AccessLogInsert() {}

  /** Commits these rows, or refuses them all: when this returns without an exception, they are durable. */
  static void commit(DataSource dataSource, List<AccessLogEntry> rows) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        // the pool hands out auto-commit connections outside a transaction; should one ever come otherwise, the
        // statement alone would not be committed, and its rows would be lost with the connection's next rollback
        c.setAutoCommit(true);
      }
      try (PreparedStatement s = c.prepareStatement(insertOf(rows.size()))) {
        int p = 0;
        for (AccessLogEntry row : rows) {
          s.setObject(++p, row.id());
          s.setObject(++p, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
          s.setString(++p, row.subject());
          s.setString(++p, row.role());
          s.setString(++p, row.kommuneKode());
          s.setString(++p, row.action());
          s.setString(++p, row.resourceType());
          s.setObject(++p, row.resourceId());
          s.setString(++p, row.criterionHash());
          s.setArray(++p, c.createArrayOf("text", row.persons()));
          s.setArray(++p, c.createArrayOf("text", row.kommuner()));
        }
        // one statement in auto-commit: committed, or refused as a whole, when this returns
        s.executeUpdate();
      }
    }
  }

  /**
   * The INSERT of this many rows. Its text differs by row count, so the driver prepares each count on its own; the
   * counts that recur (1 and 2 rows at a moderate rate, a few more under load) are the ones it keeps prepared.
   */
  static String insertOf(int rows) {
    StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT).append(ROW);
    for (int i = 1; i < rows; i++) {
      sql.append(", ").append(ROW);
    }
    return sql.toString();
  }
}
