package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Person-count tables that share totals, held as one flow network so that they are protected together.
 *
 * <p>The tables form a chain of dimensions D0, D1, … Dn (for example sectors, kommuner, statuses): table t has the
 * categories of D(t) as rows and those of D(t+1) as columns, and neighbouring tables share the totals of the
 * dimension between them (a kommune's IGU starts are both the row total of "by sector" and of "by status"). Every
 * figure a report can publish is an edge: each cell, each category total of each dimension, and the grand total.
 * Additivity is flow conservation: the source feeds the totals of D0, each category node passes its total on
 * through its cells to the next dimension, the totals of Dn drain into the sink, and the grand total runs from the
 * sink back to the source. A family with a single dimension is a column of categories that add up to the grand
 * total. So everything an attacker can work out from published figures by adding and subtracting is a circulation
 * in this network, which is what {@link DisclosureControl} reasons about.
 */
public final class LinkedTables {

  static final int SOURCE = 0;
  static final int SINK = 1;

  private final List<List<String>> dimensions;
  private final List<Integer> from = new ArrayList<>();
  private final List<Integer> to = new ArrayList<>();
  private final List<Long> value = new ArrayList<>();
  private final List<Integer> costClass = new ArrayList<>();
  private final int[][] totalEdge;
  private final int[][][] cellEdge;
  private final int grandEdge;
  private final int nodes;

  private LinkedTables(List<List<String>> dimensions, List<long[][]> tables, long[] single) {
    if (dimensions.size() == 1 && single.length != dimensions.get(0).size()) {
      throw new IllegalArgumentException("one count per category");
    }
    this.dimensions = List.copyOf(dimensions);
    int n = dimensions.size() - 1;
    // node numbering: source, sink, then per dimension an "in" and an "out" node per category (one node where the
    // dimension is the first or the last of the chain; a single column runs straight from source to sink)
    int next = 2;
    int[][] in = new int[n + 1][];
    int[][] out = new int[n + 1][];
    for (int d = 0; d <= n; d++) {
      int size = dimensions.get(d).size();
      in[d] = new int[size];
      out[d] = new int[size];
      for (int i = 0; i < size; i++) {
        boolean column = n == 0;
        in[d][i] = column ? SOURCE : next++;
        out[d][i] = column ? SINK : d == 0 || d == n ? in[d][i] : next++;
      }
    }
    nodes = next;
    long[][] totals = n == 0 ? new long[][] {single.clone()} : totals(dimensions, tables);
    totalEdge = new int[n + 1][];
    for (int d = 0; d <= n; d++) {
      totalEdge[d] = new int[totals[d].length];
      for (int i = 0; i < totals[d].length; i++) {
        // the first dimension is fed by the source, the last drains into the sink, a middle one passes through
        int tail = d == 0 ? SOURCE : in[d][i];
        int head = d == n ? SINK : out[d][i];
        totalEdge[d][i] = add(tail, head, requireCount(totals[d][i]), n == 0 ? CostClass.BODY : CostClass.TOTAL);
      }
    }
    cellEdge = new int[n][][];
    for (int t = 0; t < n; t++) {
      long[][] table = tables.get(t);
      cellEdge[t] = new int[table.length][];
      for (int i = 0; i < table.length; i++) {
        cellEdge[t][i] = new int[table[i].length];
        for (int j = 0; j < table[i].length; j++) {
          cellEdge[t][i][j] = add(out[t][i], in[t + 1][j], table[i][j], CostClass.BODY);
        }
      }
    }
    grandEdge = add(SINK, SOURCE, java.util.Arrays.stream(totals[0]).sum(), CostClass.GRAND);
  }

  /** Each dimension's category totals; a table must share its row totals with the previous table's columns. */
  private static long[][] totals(List<List<String>> dimensions, List<long[][]> tables) {
    int n = dimensions.size() - 1;
    long[][] totals = new long[n + 1][];
    for (int t = 0; t < n; t++) {
      long[][] table = tables.get(t);
      long[] rowSums = new long[dimensions.get(t).size()];
      long[] columnSums = new long[dimensions.get(t + 1).size()];
      if (table.length != rowSums.length) {
        throw new IllegalArgumentException("table " + t + " needs " + rowSums.length + " rows");
      }
      for (int i = 0; i < rowSums.length; i++) {
        if (table[i].length != columnSums.length) {
          throw new IllegalArgumentException("table " + t + " row " + i + " needs " + columnSums.length + " cells");
        }
        for (int j = 0; j < columnSums.length; j++) {
          long v = requireCount(table[i][j]);
          rowSums[i] += v;
          columnSums[j] += v;
        }
      }
      if (t > 0 && !java.util.Arrays.equals(totals[t], rowSums)) {
        throw new IllegalArgumentException("table " + t + " does not share its row totals with table " + (t - 1));
      }
      totals[t] = rowSums;
      totals[t + 1] = columnSums;
    }
    return totals;
  }

  /**
   * A chain of tables: {@code tables.get(t)} has the categories of {@code dimensions.get(t)} as rows and those of
   * {@code dimensions.get(t + 1)} as columns; each table's row totals must equal the previous table's column totals.
   */
  public static LinkedTables chain(List<List<String>> dimensions, List<long[][]> tables) {
    if (dimensions.size() < 2 || tables.size() != dimensions.size() - 1) {
      throw new IllegalArgumentException("a chain of n tables needs n + 1 dimensions");
    }
    return new LinkedTables(dimensions, tables, null);
  }

  /** One table of rows by columns with its totals. */
  public static LinkedTables table(List<String> rows, List<String> columns, long[][] body) {
    return chain(List.of(rows, columns), java.util.Collections.singletonList(body));
  }

  /** A single column of categories (e.g. per kommune) adding up to its grand total. */
  public static LinkedTables column(List<String> categories, long[] counts) {
    if (categories.size() != counts.length) {
      throw new IllegalArgumentException("one count per category");
    }
    return new LinkedTables(List.of(categories), List.of(), counts);
  }

  private static long requireCount(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    return v;
  }

  private int add(int tail, int head, long v, int role) {
    from.add(tail);
    to.add(head);
    value.add(v);
    costClass.add(role);
    return from.size() - 1;
  }

  /** What hiding a figure costs: body cells by their size, totals far more, the grand total most. */
  static final class CostClass {
    static final int BODY = 0;
    static final int TOTAL = 1;
    static final int GRAND = 2;

    private CostClass() {}
  }

  public List<String> categories(int dimension) {
    return dimensions.get(dimension);
  }

  public int dimensions() {
    return dimensions.size();
  }

  /** The edge of a cell of table {@code t} (row category of D(t), column category of D(t+1)). */
  public int cell(int t, int row, int column) {
    return cellEdge[t][row][column];
  }

  /** The edge of a category's total in a dimension. */
  public int total(int dimension, int category) {
    return totalEdge[dimension][category];
  }

  public int grand() {
    return grandEdge;
  }

  int edges() {
    return from.size();
  }

  int nodes() {
    return nodes;
  }

  int tail(int edge) {
    return from.get(edge);
  }

  int head(int edge) {
    return to.get(edge);
  }

  long value(int edge) {
    return value.get(edge);
  }

  int costClass(int edge) {
    return costClass.get(edge);
  }

  /**
   * The node on a category's outgoing side: where its total meets its cells in the next table (for the last
   * dimension, where its cells arrive). A rule about a whole row (e.g. "a kommune with one or two") sees there the
   * total and the cells it depends on.
   */
  int categoryNode(int dimension, int category) {
    int e = totalEdge[dimension][category];
    if (dimensions.size() == 1) {
      throw new IllegalStateException("a single column has no category nodes");
    }
    return dimension == dimensions.size() - 1 ? from.get(e) : to.get(e);
  }
}
