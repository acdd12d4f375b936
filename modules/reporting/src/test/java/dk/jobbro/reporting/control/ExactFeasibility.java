package dk.jobbro.reporting.control;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds a whole-number point of {A x = b, lower ≤ x ≤ upper} in exact rational arithmetic: phase one of the simplex
 * method (Bland's rule, so it always terminates), and where a vertex is fractional — only when a summary's classes
 * add rows that are not a network's — branch and bound on that variable. For the tables alone the matrix is a
 * network's and the first vertex is whole. The caller checks the equations of the answer again itself. Written for
 * the tests only, independently of the production code's flow searches.
 */
final class ExactFeasibility {

  private final int variables;
  private final List<long[]> rows = new ArrayList<>();
  private final List<Long> rhs = new ArrayList<>();
  private final long[] lower;
  private final Long[] upper;

  ExactFeasibility(int variables) {
    this.variables = variables;
    this.lower = new long[variables];
    this.upper = new Long[variables];
  }

  void equation(long[] coefficients, long value) {
    rows.add(coefficients.clone());
    rhs.add(value);
  }

  void lower(int variable, long bound) {
    lower[variable] = bound;
  }

  void upper(int variable, long bound) {
    upper[variable] = bound;
  }

  /**
   * A whole-number solution, if the system has one. Depth first, the lower branch first, on a stack of its own: a
   * system with no whole-number point can send branch and bound down a long chain of nodes (each one unit further
   * along a variable), deeper than the thread's stack, so the caller should bound every variable (then the chain
   * ends).
   */
  Optional<BigInteger[]> solve() {
    Deque<Bounds> open = new ArrayDeque<>();
    open.push(new Bounds(lower.clone(), upper.clone()));
    while (!open.isEmpty()) {
      Bounds node = open.pop();
      Optional<Q[]> vertex = vertex(node);
      if (vertex.isEmpty()) {
        continue;
      }
      Q[] x = vertex.get();
      int fractional = firstFractional(x);
      if (fractional < 0) {
        BigInteger[] whole = new BigInteger[variables];
        for (int j = 0; j < variables; j++) {
          whole[j] = x[j].num;
        }
        return Optional.of(whole);
      }
      long floor = floor(x[fractional]).longValueExact();
      Long upperBound = node.upper[fractional];
      if (upperBound == null || floor + 1 <= upperBound) {
        open.push(node.withLower(fractional, floor + 1));
      }
      if (node.lower[fractional] <= floor) {
        open.push(node.withUpper(fractional, floor)); // popped first: the lower branch, as before
      }
    }
    return Optional.empty();
  }

  private int firstFractional(Q[] x) {
    for (int j = 0; j < variables; j++) {
      if (!x[j].isWhole()) {
        return j;
      }
    }
    return -1;
  }

  /** The bounds of one node of the search: the caller's, tightened by the branches that led to it. */
  private record Bounds(long[] lower, Long[] upper) {
    Bounds withLower(int variable, long bound) {
      long[] l = lower.clone();
      l[variable] = bound;
      return new Bounds(l, upper);
    }

    Bounds withUpper(int variable, long bound) {
      Long[] u = upper.clone();
      u[variable] = bound;
      return new Bounds(lower, u);
    }
  }

  private static BigInteger floor(Q q) {
    BigInteger[] qr = q.num.divideAndRemainder(q.den);
    return q.num.signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** A vertex of the rational polytope, if it is not empty. */
  private Optional<Q[]> vertex(Bounds bounds) {
    long[] lower = bounds.lower();
    Long[] upper = bounds.upper();
    // y = x − lower ≥ 0; an upper bound becomes y_i + s = upper − lower with a slack s ≥ 0
    List<Q[]> a = new ArrayList<>();
    List<Q> b = new ArrayList<>();
    int slacks = 0;
    for (Long u : upper) {
      slacks += u == null ? 0 : 1;
    }
    int columns = variables + slacks;
    for (int r = 0; r < rows.size(); r++) {
      Q[] row = zeros(columns);
      Q value = Q.of(rhs.get(r));
      for (int j = 0; j < variables; j++) {
        row[j] = Q.of(rows.get(r)[j]);
        value = value.minus(Q.of(rows.get(r)[j]).times(Q.of(lower[j])));
      }
      a.add(row);
      b.add(value);
    }
    int slack = variables;
    for (int j = 0; j < variables; j++) {
      if (upper[j] != null) {
        Q[] row = zeros(columns);
        row[j] = Q.ONE;
        row[slack++] = Q.ONE;
        a.add(row);
        b.add(Q.of(upper[j] - lower[j]));
      }
    }
    int m = a.size();
    // make every right-hand side non-negative, then add one artificial variable per row
    for (int r = 0; r < m; r++) {
      if (b.get(r).signum() < 0) {
        Q[] row = a.get(r);
        for (int j = 0; j < columns; j++) {
          row[j] = row[j].negate();
        }
        b.set(r, b.get(r).negate());
      }
    }
    int total = columns + m;
    Q[][] t = new Q[m + 1][total + 1];
    int[] basis = new int[m];
    for (int r = 0; r < m; r++) {
      for (int j = 0; j < total; j++) {
        t[r][j] = j < columns ? a.get(r)[j] : (j - columns == r ? Q.ONE : Q.ZERO);
      }
      t[r][total] = b.get(r);
      basis[r] = columns + r;
    }
    // objective: minimise the sum of artificials; reduced costs = − sum of rows on the original columns
    for (int j = 0; j <= total; j++) {
      Q sum = Q.ZERO;
      if (j < columns || j == total) {
        for (int r = 0; r < m; r++) {
          sum = sum.plus(t[r][j]);
        }
      }
      t[m][j] = sum.negate();
    }
    while (true) {
      int entering = -1;
      for (int j = 0; j < total; j++) {
        if (t[m][j].signum() < 0) {
          entering = j;
          break;
        }
      }
      if (entering < 0) {
        break;
      }
      int leaving = -1;
      Q best = null;
      for (int r = 0; r < m; r++) {
        if (t[r][entering].signum() > 0) {
          Q ratio = t[r][total].divide(t[r][entering]);
          if (best == null || ratio.compareTo(best) < 0
              || (ratio.compareTo(best) == 0 && basis[r] < basis[leaving])) {
            best = ratio;
            leaving = r;
          }
        }
      }
      if (leaving < 0) {
        break; // cannot happen in phase one: the objective is bounded below by zero
      }
      pivot(t, leaving, entering);
      basis[leaving] = entering;
    }
    if (t[m][total].signum() != 0) {
      return Optional.empty();
    }
    Q[] y = zeros(total);
    for (int r = 0; r < m; r++) {
      y[basis[r]] = t[r][total];
    }
    Q[] x = new Q[variables];
    for (int j = 0; j < variables; j++) {
      x[j] = y[j].plus(Q.of(lower[j]));
    }
    return Optional.of(x);
  }

  private static void pivot(Q[][] t, int row, int column) {
    Q p = t[row][column];
    // The tableaux of these tables are mostly zeros: only the pivot row's non-zero columns change the other rows, so
    // only those are computed (subtracting a multiple of zero leaves an entry exactly as it was).
    int[] nonZero = new int[t[row].length];
    int count = 0;
    for (int j = 0; j < t[row].length; j++) {
      if (t[row][j].signum() != 0) {
        t[row][j] = t[row][j].divide(p);
        nonZero[count++] = j;
      }
    }
    for (int r = 0; r < t.length; r++) {
      if (r != row && t[r][column].signum() != 0) {
        Q f = t[r][column];
        for (int k = 0; k < count; k++) {
          int j = nonZero[k];
          t[r][j] = t[r][j].minus(f.times(t[row][j]));
        }
      }
    }
  }

  private static Q[] zeros(int n) {
    Q[] q = new Q[n];
    java.util.Arrays.fill(q, Q.ZERO);
    return q;
  }

  /** An exact fraction in lowest terms with a positive denominator. */
  static final class Q implements Comparable<Q> {
    static final Q ZERO = of(0);
    static final Q ONE = of(1);

    final BigInteger num;
    final BigInteger den;

    private Q(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
        num = num.divide(g);
        den = den.divide(g);
      }
      this.num = num;
      this.den = den;
    }

    /** A whole number: already in lowest terms. */
    private Q(BigInteger whole) {
      this.num = whole;
      this.den = BigInteger.ONE;
    }

    static Q of(long v) {
      return new Q(BigInteger.valueOf(v));
    }

    Q plus(Q o) {
      if (isWhole() && o.isWhole()) {
        return new Q(num.add(o.num)); // most entries are whole: no common factor to look for
      }
      return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q minus(Q o) {
      return plus(o.negate());
    }

    Q times(Q o) {
      if (isWhole() && o.isWhole()) {
        return new Q(num.multiply(o.num));
      }
      return new Q(num.multiply(o.num), den.multiply(o.den));
    }

    Q divide(Q o) {
      return new Q(num.multiply(o.den), den.multiply(o.num));
    }

    Q negate() {
      return isWhole() ? new Q(num.negate()) : new Q(num.negate(), den);
    }

    int signum() {
      return num.signum();
    }

    boolean isWhole() {
      return den.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Q o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }
}
