package dk.jobbro.api.shared.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text column whose values {@link PersonalDataCipher} encrypts, with the context (its {@code schema.table.column})
 * bound to each value. The migrations that encrypt existing rows and the key rotation work through this, with plain
 * JDBC in batches, so neither loads entities nor keeps a whole table in memory.
 *
 * @param table schema-qualified table, e.g. {@code caseload.case_file}
 * @param column the column holding {@code <key id>:<base64>} values (or null)
 */
public record EncryptedColumn(String table, String column) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");
  private static final int BATCH = 500;

  public EncryptedColumn {
    // the names go into SQL text, so only plain lower-case identifiers are taken (they are constants in code)
    if (!IDENTIFIER.matcher(table).matches() || !column.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain table or column name: " + table + "." + column);
    }
  }

  /** The associated data bound to each value of this column. */
  public String context() {
    return table + "." + column;
  }

  /**
   * Encrypts, in place, every value that is not yet encrypted (no {@code <key id>:} in front): what a migration does
   * to the rows stored in clear before encryption existed.
   *
   * @return the number of values encrypted
   */
  public int encryptClearValues(Connection c, PersonalDataCipher cipher) throws SQLException {
    return rewrite(c, "not (" + column + " ~ '^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]+$')",
        value -> cipher.encrypt(value, context()));
  }

  /**
   * Encrypts anew under the current key every value stored under another key id: the key rotation's step. Each
   * value is replaced only if it is still the one read (compared with the row's ctid and value), so two instances or
   * a concurrent change never lose an update; such a row is left for the next run.
   *
   * @return the number of values re-encrypted
   */
  public int reencrypt(Connection c, PersonalDataCipher cipher) throws SQLException {
    String prefix = cipher.currentKeyId() + ":";
    return rewrite(c, "left(" + column + ", " + prefix.length() + ") <> '" + prefix + "'",
        value -> cipher.reencrypt(value, context()));
  }

  /** How many values are not under the current key; the rotation reports it. */
  public long notUnderCurrentKey(Connection c, PersonalDataCipher cipher) throws SQLException {
    String prefix = cipher.currentKeyId() + ":";
    try (PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where " + column
        + " is not null and left(" + column + ", " + prefix.length() + ") <> ?")) {
      s.setString(1, prefix);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private int rewrite(Connection c, String condition, java.util.function.UnaryOperator<String> change)
      throws SQLException {
    int done = 0;
    // ctids already visited: a row that changed under us is skipped (not looped on) and left for the next run
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (true) {
      List<String[]> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("select ctid::text, " + column + " from " + table + " where "
          + column + " is not null and " + condition + " limit " + (BATCH + seen.size()))) {
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (seen.add(r.getString(1))) {
              rows.add(new String[] {r.getString(1), r.getString(2)});
            }
          }
        }
      }
      if (rows.isEmpty()) {
        return done;
      }
      try (PreparedStatement u = c.prepareStatement("update " + table + " set " + column + " = ? where ctid = ?::tid"
          + " and " + column + " = ?")) {
        for (String[] row : rows) {
          u.setString(1, change.apply(row[1]));
          u.setString(2, row[0]);
          u.setString(3, row[1]);
          u.addBatch();
        }
        for (int n : u.executeBatch()) {
          done += Math.max(n, 0);
        }
      }
    }
  }
}
