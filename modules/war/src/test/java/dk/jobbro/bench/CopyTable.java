package dk.jobbro.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in one {@code COPY ... FROM STDIN}. COPY loads a
 * million rows in seconds, where batched inserts need minutes; a connection runs one COPY at a time, so the
 * generator collects each table's rows first and sends the tables in foreign-key order.
 */
final class CopyTable {

  private final String table;
  private final String columns;
  private final int width;
  private final StringBuilder rows = new StringBuilder(1 << 20);
  private long count;

  /** @param columns the column list in the order {@link #row} receives the values */
  CopyTable(String table, String columns) {
    this.table = table;
    this.columns = columns;
    this.width = columns.split(",").length;
  }

  /** One row; null is SQL NULL, dates and timestamps are written in ISO form, byte arrays as bytea's hex form. */
  CopyTable row(Object... values) {
    if (values.length != width) {
      throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append('\t');
      }
      append(values[i]);
    }
    rows.append('\n');
    count++;
    return this;
  }

  long count() {
    return count;
  }

  String table() {
    return table;
  }

  /** Sends the rows and frees them. */
  long copyInto(Connection db) throws SQLException, IOException {
    long copied = db.unwrap(PGConnection.class).getCopyAPI()
        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
    rows.setLength(0);
    rows.trimToSize();
    return copied;
  }

  private void append(Object value) {
    if (value == null) {
      rows.append("\\N");
    } else if (value instanceof String s) {
      // COPY text format: backslash, tab and newline must be escaped; nothing else.
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> rows.append("\\\\");
          case '\t' -> rows.append("\\t");
          case '\n' -> rows.append("\\n");
          default -> rows.append(c);
        }
      }
    } else if (value instanceof byte[] bytes) {
      // bytea's hex input form, \x..., with its backslash escaped for COPY
      rows.append("\\\\x").append(HexFormat.of().formatHex(bytes));
    } else if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof UUID
        || value instanceof Number || value instanceof Boolean) {
      rows.append(value);
    } else {
      throw new IllegalArgumentException(table + ": unsupported value type " + value.getClass());
    }
  }
}
