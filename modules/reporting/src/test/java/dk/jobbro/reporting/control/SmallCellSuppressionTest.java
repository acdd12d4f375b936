package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Suppression must hide every small count and leave none that can be worked out from the published cells and the
 * table's sums. The proof here is independent of the algorithm's own check: exact integer elimination
 * (BigInteger), not arithmetic modulo a prime.
 */
class SmallCellSuppressionTest {

  private final SmallCellSuppression suppression = new SmallCellSuppression(5);

  @Provide
  Arbitrary<long[][]> tables() {
    Arbitrary<Long> count = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 4)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(5, 60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 0)));
    return Arbitraries.integers().between(1, 7).flatMap(rows -> Arbitraries.integers().between(1, 4)
        .flatMap(columns -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
  }

  @Property(tries = 300)
  void noSuppressedCellCanBeWorkedOut(@ForAll("tables") long[][] body) {
    SuppressedTable table = suppression.apply(body);
    for (int i = 0; i <= table.rows(); i++) {
      for (int j = 0; j <= table.columns(); j++) {
        if (table.isSuppressed(i, j)) {
          assertThat(derivable(table, i, j)).as("suppressed cell (%d,%d) is derivable", i, j).isFalse();
        }
      }
    }
  }

  @Property(tries = 300)
  void everySmallCountIsHiddenAndEveryPublishedValueIsTrue(@ForAll("tables") long[][] body) {
    SuppressedTable table = suppression.apply(body);
    for (int i = 0; i <= table.rows(); i++) {
      for (int j = 0; j <= table.columns(); j++) {
        long truth = table.trueValue(i, j);
        if (truth > 0 && truth < 5) {
          assertThat(table.isSuppressed(i, j)).isTrue();
        }
        if (!table.isSuppressed(i, j)) {
          assertThat(table.published(i, j)).isEqualTo(truth);
        }
      }
    }
  }

  @Example
  void aSingleSmallCellTakesAPartnerInItsRowAndColumn() {
    SuppressedTable table = suppression.apply(new long[][] {{3, 20, 30}, {40, 50, 60}});
    assertThat(table.isSuppressed(0, 0)).isTrue();
    assertThat(table.suppressedCount()).isEqualTo(4); // a rectangle: (0,0), (0,1), (1,0), (1,1)
    assertThat(table.published(0, 3)).isEqualTo(53L); // the row total stays visible
  }

  @Example
  void aNationalTableOfNinetyEightKommunerIsSuppressedQuickly() {
    java.util.Random random = new java.util.Random(98);
    long[][] body = new long[98][2];
    for (long[] row : body) {
      row[0] = random.nextInt(12);
      row[1] = random.nextInt(12);
    }
    long start = System.nanoTime();
    SuppressedTable table = suppression.apply(body);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(table.suppressedCount()).isPositive();
    int checked = 0;
    for (int i = 0; i <= table.rows() && checked < 10; i++) {
      for (int j = 0; j <= table.columns() && checked < 10; j++) {
        if (table.isSuppressed(i, j)) {
          assertThat(derivable(table, i, j)).as("cell (%d,%d)", i, j).isFalse();
          checked++;
        }
      }
    }
    System.out.printf("[suppression] 98 x 2 table: %d cells suppressed in %d ms%n", table.suppressedCount(), millis);
  }

  @Example
  void aTableWithoutSmallCountsIsPublishedWhole() {
    assertThat(suppression.apply(new long[][] {{5, 0}, {12, 9}}).suppressedCount()).isZero();
  }

  /** Exact test: is e_(row,col) in the row space of the sum equations over the suppressed cells? */
  private static boolean derivable(SuppressedTable table, int row, int column) {
    boolean[][] suppressed = new boolean[table.rows() + 1][table.columns() + 1];
    List<int[]> unknowns = new ArrayList<>();
    int target = -1;
    for (int i = 0; i <= table.rows(); i++) {
      for (int j = 0; j <= table.columns(); j++) {
        suppressed[i][j] = table.isSuppressed(i, j);
        if (suppressed[i][j]) {
          if (i == row && j == column) {
            target = unknowns.size();
          }
          unknowns.add(new int[] {i, j});
        }
      }
    }
    long[][] equations = SmallCellSuppression.equations(suppressed, unknowns);
    long[][] extended = new long[equations.length + 1][];
    System.arraycopy(equations, 0, extended, 0, equations.length);
    extended[equations.length] = new long[unknowns.size()];
    extended[equations.length][target] = 1;
    return exactRank(extended) == exactRank(equations);
  }

  private static int exactRank(long[][] matrix) {
    int rows = matrix.length;
    int columns = matrix[0].length;
    BigInteger[][] m = new BigInteger[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        m[i][j] = BigInteger.valueOf(matrix[i][j]);
      }
    }
    int rank = 0;
    for (int col = 0; col < columns && rank < rows; col++) {
      int pivot = -1;
      for (int i = rank; i < rows; i++) {
        if (m[i][col].signum() != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      for (int i = 0; i < rows; i++) {
        if (i != rank && m[i][col].signum() != 0) {
          BigInteger a = m[rank][col];
          BigInteger b = m[i][col];
          BigInteger g = a.gcd(b);
          for (int j = 0; j < columns; j++) {
            m[i][j] = m[i][j].multiply(a.divide(g)).subtract(m[rank][j].multiply(b.divide(g)));
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
