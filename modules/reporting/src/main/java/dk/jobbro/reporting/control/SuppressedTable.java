package dk.jobbro.reporting.control;

/**
 * A table of person counts with its row totals, column totals and grand total, after small-cell suppression. Cells
 * are addressed in the extended grid: rows {@code 0..rows-1} and columns {@code 0..columns-1} are the body, column
 * {@code columns} holds the row totals, row {@code rows} the column totals, and {@code (rows, columns)} the grand
 * total.
 */
public final class SuppressedTable {

  private final long[][] values;
  private final boolean[][] suppressed;

  SuppressedTable(long[][] values, boolean[][] suppressed) {
    this.values = values;
    this.suppressed = suppressed;
  }

  public int rows() {
    return values.length - 1;
  }

  public int columns() {
    return values[0].length - 1;
  }

  public boolean isSuppressed(int row, int column) {
    return suppressed[row][column];
  }

  /** The published value, or null when suppressed. */
  public Long published(int row, int column) {
    return suppressed[row][column] ? null : values[row][column];
  }

  /** The true value, for the tests that prove suppression safe; never publish it. */
  long trueValue(int row, int column) {
    return values[row][column];
  }

  public int suppressedCount() {
    int n = 0;
    for (boolean[] row : suppressed) {
      for (boolean cell : row) {
        n += cell ? 1 : 0;
      }
    }
    return n;
  }
}
