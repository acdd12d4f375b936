package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for tables of person counts published with their totals.
 *
 * <p><b>Primary:</b> every cell (totals included) with a count of 1 up to the threshold (exclusive) is suppressed;
 * zeros stay visible, as "nobody" singles nobody out. <b>Secondary:</b> a suppressed cell must not be derivable from
 * what is published. The table's additivity gives one linear equation per row and per column (cells sum to their
 * total); a suppressed cell is derivable exactly when its unit vector lies in the row space of those equations
 * restricted to the suppressed cells. While some suppressed cell is derivable, the cheapest rectangle through it is
 * suppressed as well (see {@link #protect}). The rank test runs modulo a large prime; the property test in the test
 * sources checks the result with exact integer arithmetic.
 */
public final class SmallCellSuppression {

  private static final long PRIME = 2_147_483_647L;

  private final int threshold;

  /** @param threshold counts below it (and above 0) are suppressed; 5 by default in Jobbro */
  public SmallCellSuppression(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    this.threshold = threshold;
  }

  /** Suppresses a body of person counts (rows × columns, all ≥ 0); totals are computed here. */
  public SuppressedTable apply(long[][] body) {
    int rows = body.length;
    int columns = rows == 0 ? 0 : body[0].length;
    long[][] grid = new long[rows + 1][columns + 1];
    for (int i = 0; i < rows; i++) {
      if (body[i].length != columns) {
        throw new IllegalArgumentException("every row needs " + columns + " cells");
      }
      for (int j = 0; j < columns; j++) {
        if (body[i][j] < 0) {
          throw new IllegalArgumentException("counts cannot be negative");
        }
        grid[i][j] = body[i][j];
        grid[i][columns] += body[i][j];
        grid[rows][j] += body[i][j];
        grid[rows][columns] += body[i][j];
      }
    }
    boolean[][] suppressed = new boolean[rows + 1][columns + 1];
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        suppressed[i][j] = grid[i][j] > 0 && grid[i][j] < threshold;
      }
    }
    // One round suffices: a rectangle's corners stay underivable whatever is suppressed later, so each cell that
    // was derivable gets a rectangle unless an earlier rectangle already made it a corner.
    boolean[][] cornered = new boolean[rows + 1][columns + 1];
    for (int[] cell : derivableCells(suppressed)) {
      if (!cornered[cell[0]][cell[1]]) {
        for (int[] corner : protect(grid, suppressed, cell[0], cell[1])) {
          cornered[corner[0]][corner[1]] = true;
        }
      }
    }
    return new SuppressedTable(grid, suppressed);
  }

  /**
   * Suppresses the cheapest rectangle of the extended grid that has the derivable cell as a corner. The four corners
   * of any rectangle carry a vector (+1, −1, −1, +1, with the signs of a totals corner turned) that every sum
   * equation maps to zero, so none of them can be worked out — now or after later suppressions. The cost of a
   * rectangle is what it newly hides: small body counts are cheap, zeros dearer (a hidden zero protects little,
   * counts cannot go below it), totals dearer still, the grand total dearest.
   */
  private static int[][] protect(long[][] grid, boolean[][] suppressed, int row, int column) {
    int rows = grid.length - 1;
    int columns = grid[0].length - 1;
    long bestCost = Long.MAX_VALUE;
    int[] best = null;
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        if (i == row || j == column) {
          continue;
        }
        long cost = cost(grid, suppressed, row, j) + cost(grid, suppressed, i, column) + cost(grid, suppressed, i, j);
        if (cost < bestCost) {
          bestCost = cost;
          best = new int[] {i, j};
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("a table with a single row or column cannot protect its cells");
    }
    suppressed[row][best[1]] = true;
    suppressed[best[0]][column] = true;
    suppressed[best[0]][best[1]] = true;
    return new int[][] {{row, column}, {row, best[1]}, {best[0], column}, {best[0], best[1]}};
  }

  private static long cost(long[][] grid, boolean[][] suppressed, int row, int column) {
    if (suppressed[row][column]) {
      return 0;
    }
    int rows = grid.length - 1;
    int columns = grid[0].length - 1;
    long value = grid[row][column];
    if (row == rows && column == columns) {
      return Math.max(value, 1) * 1_000_000;
    }
    if (row == rows || column == columns) {
      return Math.max(value, 1) * 1_000;
    }
    // a hidden zero protects little (counts cannot go below it), so real counts are preferred as partners
    return value == 0 ? 500 : value;
  }

  /**
   * The suppressed cells that the published values and the table's sums determine exactly. One reduction to row
   * echelon form gives the null space of the sum equations over the suppressed cells; a cell is determined exactly
   * when every null-space vector is zero there: it is a pivot whose row has no entry in a free column.
   */
  static List<int[]> derivableCells(boolean[][] suppressed) {
    List<int[]> unknowns = new ArrayList<>();
    for (int i = 0; i < suppressed.length; i++) {
      for (int j = 0; j < suppressed[i].length; j++) {
        if (suppressed[i][j]) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
    List<int[]> derivable = new ArrayList<>();
    if (unknowns.isEmpty()) {
      return derivable;
    }
    long[][] m = equations(suppressed, unknowns);
    int[] pivotColumnOfRow = reduce(m);
    boolean[] isPivot = new boolean[unknowns.size()];
    for (int column : pivotColumnOfRow) {
      if (column >= 0) {
        isPivot[column] = true;
      }
    }
    for (int row = 0; row < pivotColumnOfRow.length; row++) {
      int pivot = pivotColumnOfRow[row];
      if (pivot < 0) {
        continue;
      }
      boolean touchesFree = false;
      for (int column = 0; column < unknowns.size() && !touchesFree; column++) {
        touchesFree = !isPivot[column] && m[row][column] != 0;
      }
      if (!touchesFree) {
        derivable.add(unknowns.get(pivot));
      }
    }
    return derivable;
  }

  /**
   * One equation per line (row or column of the extended grid), over the suppressed cells only: the body cells with
   * coefficient 1 and the line's total with −1.
   */
  static long[][] equations(boolean[][] suppressed, List<int[]> unknowns) {
    int rows = suppressed.length - 1;
    int columns = suppressed[0].length - 1;
    List<long[]> result = new ArrayList<>();
    for (int i = 0; i <= rows; i++) {
      long[] eq = new long[unknowns.size()];
      for (int k = 0; k < unknowns.size(); k++) {
        int[] u = unknowns.get(k);
        if (u[0] == i) {
          eq[k] = u[1] == columns ? -1 : 1;
        }
      }
      result.add(eq);
    }
    for (int j = 0; j <= columns; j++) {
      long[] eq = new long[unknowns.size()];
      for (int k = 0; k < unknowns.size(); k++) {
        int[] u = unknowns.get(k);
        if (u[1] == j) {
          eq[k] = u[0] == rows ? -1 : 1;
        }
      }
      result.add(eq);
    }
    return result.toArray(long[][]::new);
  }

  /**
   * Reduces the matrix in place to reduced row echelon form modulo a large prime; returns, per row, the column of
   * its pivot (or −1).
   */
  static int[] reduce(long[][] m) {
    int rows = m.length;
    int columns = rows == 0 ? 0 : m[0].length;
    for (long[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = Math.floorMod(row[j], PRIME);
      }
    }
    int[] pivots = new int[rows];
    java.util.Arrays.fill(pivots, -1);
    int rank = 0;
    for (int col = 0; col < columns && rank < rows; col++) {
      int pivot = -1;
      for (int i = rank; i < rows; i++) {
        if (m[i][col] != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      long[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      long inverse = modPow(m[rank][col], PRIME - 2);
      for (int j = col; j < columns; j++) {
        m[rank][j] = m[rank][j] * inverse % PRIME;
      }
      for (int i = 0; i < rows; i++) {
        if (i != rank && m[i][col] != 0) {
          long factor = m[i][col];
          for (int j = col; j < columns; j++) {
            m[i][j] = Math.floorMod(m[i][j] - factor * m[rank][j] % PRIME, PRIME);
          }
        }
      }
      pivots[rank] = col;
      rank++;
    }
    return pivots;
  }

  private static long modPow(long base, long exponent) {
    long result = 1;
    long b = base % PRIME;
    long e = exponent;
    while (e > 0) {
      if ((e & 1) == 1) {
        result = result * b % PRIME;
      }
      b = b * b % PRIME;
      e >>= 1;
    }
    return result;
  }
}
