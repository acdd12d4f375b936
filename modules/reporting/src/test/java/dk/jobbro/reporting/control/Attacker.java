package dk.jobbro.reporting.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an attacker can know from published reports, as exact linear facts: each figure is a named unknown,
 * published figures are pinned to their values, hidden ones are at least 1 (zeros are always shown), and every sum a
 * report implies (a row's cells add up to its total, a breakdown adds up to the same total another report shows,
 * two periods' levels differ by the published change) is an equation. Adding, subtracting and bounding — every
 * differencing attack — can only conclude what holds in every whole-number solution of these facts; so a hidden
 * figure is safe when the attacker's own facts admit a second solution ({@link #alternative}), which this class
 * builds and checks exactly. The equations come from the meaning of the tables, not from the production network.
 */
final class Attacker {

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<Long> truth = new ArrayList<>();
  private final List<Boolean> hidden = new ArrayList<>();
  private final List<Map<Integer, Long>> equations = new ArrayList<>();
  /** Helper unknowns of the bounds in {@link #bounded}: may be 0, never attacked. */
  private final Set<Integer> slackFigures = new HashSet<>();
  private final Map<Integer, Long> slackUpper = new LinkedHashMap<>();
  private boolean onlyPinning;

  /** A figure the attacker sees (or sees as hidden); the same name twice must be the same figure. */
  int figure(String name, long trueValue, boolean isHidden) {
    Integer known = index.get(name);
    if (known != null) {
      if (truth.get(known) != trueValue || hidden.get(known) != isHidden) {
        throw new IllegalStateException(name + " is shown differently in two places");
      }
      return known;
    }
    index.put(name, truth.size());
    truth.add(trueValue);
    hidden.add(isHidden);
    return truth.size() - 1;
  }

  /** A sum the attacker knows: {@code total} = the sum of {@code parts}. */
  void sum(int total, List<Integer> parts) {
    Map<Integer, Long> eq = new LinkedHashMap<>();
    eq.merge(total, -1L, Long::sum);
    parts.forEach(p -> eq.merge(p, 1L, Long::sum));
    equations.add(eq);
  }

  /** A difference the attacker knows: {@code a − b} = {@code value}. */
  void difference(int a, int b, long value) {
    Map<Integer, Long> eq = new LinkedHashMap<>();
    eq.merge(a, 1L, Long::sum);
    eq.merge(b, -1L, Long::sum);
    eq.put(-1, value);
    equations.add(eq);
  }

  /** Two reports show the same figure under different names. */
  void same(int a, int b) {
    difference(a, b, 0);
  }

  /**
   * A class of a row that a published summary gives away, as bounds the attacker may add: {@code lo ≤ Σ signs·x ≤
   * hi} over the given figures (hi may be null), with a slack figure of its own.
   */
  void bounded(List<Integer> figures, List<Long> signs, long lo, Long hi) {
    int slack = figure("slack/" + truth.size(), 0, true);
    long truthOfSum = 0;
    for (int i = 0; i < figures.size(); i++) {
      truthOfSum += signs.get(i) * truth.get(figures.get(i));
    }
    // Σ signs·x − s = lo with s ≥ 0 (a slack "figure" that is hidden but may be 0: its lower bound is set below)
    truth.set(slack, truthOfSum - lo);
    slackFigures.add(slack);
    Map<Integer, Long> eq = new LinkedHashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      eq.merge(figures.get(i), signs.get(i), Long::sum);
    }
    eq.merge(slack, -1L, Long::sum);
    eq.put(-1, lo);
    equations.add(eq);
    if (hi != null) {
      slackUpper.put(slack, hi - lo);
    }
  }

  /** Every figure of a protected family under its table meaning, named with a prefix (e.g. the report or period). */
  List<Integer> learn(String prefix, ProtectedCounts counts) {
    LinkedTables t = counts.tables();
    List<Integer> figures = new ArrayList<>();
    int grand = figure(prefix + "/grand", counts.trueValue(t.grand()), counts.isHidden(t.grand()));
    List<List<Integer>> totals = new ArrayList<>();
    for (int d = 0; d < t.dimensions(); d++) {
      List<Integer> ofDimension = new ArrayList<>();
      for (int i = 0; i < t.categories(d).size(); i++) {
        int e = t.total(d, i);
        ofDimension.add(figure(prefix + "/total/" + d + "/" + t.categories(d).get(i), counts.trueValue(e),
            counts.isHidden(e)));
      }
      totals.add(ofDimension);
      figures.addAll(ofDimension);
      sum(grand, ofDimension); // every dimension's totals add up to the grand total
    }
    for (int k = 0; k + 1 < t.dimensions(); k++) {
      int rowsCount = t.categories(k).size();
      int columnsCount = t.categories(k + 1).size();
      int[][] cells = new int[rowsCount][columnsCount];
      for (int i = 0; i < rowsCount; i++) {
        for (int j = 0; j < columnsCount; j++) {
          int e = t.cell(k, i, j);
          cells[i][j] = figure(prefix + "/cell/" + k + "/" + t.categories(k).get(i) + "/"
              + t.categories(k + 1).get(j), counts.trueValue(e), counts.isHidden(e));
          figures.add(cells[i][j]);
        }
      }
      for (int i = 0; i < rowsCount; i++) {
        List<Integer> row = new ArrayList<>();
        for (int j = 0; j < columnsCount; j++) {
          row.add(cells[i][j]);
        }
        sum(totals.get(k).get(i), row);
      }
      for (int j = 0; j < columnsCount; j++) {
        List<Integer> column = new ArrayList<>();
        for (int i = 0; i < rowsCount; i++) {
          column.add(cells[i][j]);
        }
        sum(totals.get(k + 1).get(j), column);
      }
    }
    figures.add(grand);
    return figures;
  }

  int size() {
    return truth.size();
  }

  boolean isHidden(int figure) {
    return hidden.get(figure);
  }

  long truth(int figure) {
    return truth.get(figure);
  }

  String name(int figure) {
    return index.entrySet().stream().filter(e -> e.getValue() == figure).findFirst().orElseThrow().getKey();
  }

  /**
   * Another whole-number data set that publishes exactly the same figures, with hidden figures at least 1 and the
   * given figure in [lo, hi] (hi may be null): checked equation by equation before it is returned.
   */
  Optional<long[]> alternative(int figure, long lo, Long hi) {
    // only the hidden figures are unknowns; published ones enter the equations as their values
    int n = truth.size();
    int[] unknown = new int[n];
    int unknowns = 0;
    for (int f = 0; f < n; f++) {
      unknown[f] = hidden.get(f) ? unknowns++ : -1;
    }
    ExactFeasibility lp = new ExactFeasibility(unknowns);
    long ceiling = ceiling();
    for (int f = 0; f < n; f++) {
      if (unknown[f] >= 0) {
        lp.lower(unknown[f], f == figure ? Math.max(lo, 1) : slackFigures.contains(f) ? 0 : 1);
        if (slackUpper.containsKey(f)) {
          lp.upper(unknown[f], slackUpper.get(f));
        } else if (!slackFigures.contains(f)) {
          lp.upper(unknown[f], ceiling);
        }
      }
    }
    if (hi != null) {
      lp.upper(unknown[figure], Math.min(hi, ceiling));
    }
    for (Map<Integer, Long> eq : equations) {
      long[] row = new long[unknowns];
      long value = 0;
      boolean any = false;
      for (Map.Entry<Integer, Long> term : eq.entrySet()) {
        if (term.getKey() < 0) {
          value += term.getValue();
        } else if (unknown[term.getKey()] >= 0) {
          row[unknown[term.getKey()]] += term.getValue();
          any = true;
        } else {
          value -= term.getValue() * truth.get(term.getKey());
        }
      }
      if (any) {
        lp.equation(row, value);
      }
    }
    Optional<BigInteger[]> solution = lp.solve();
    if (solution.isEmpty()) {
      return Optional.empty();
    }
    long[] x = new long[n];
    for (int f = 0; f < n; f++) {
      x[f] = unknown[f] >= 0 ? solution.get()[unknown[f]].longValueExact() : truth.get(f);
    }
    check(x, figure, lo, hi);
    return Optional.of(x);
  }

  /**
   * The largest value a hidden figure may take in a second data set: twice the largest true figure, and ten more.
   * Without a ceiling, a system with no whole-number point within reach sent the search up an unbounded figure one
   * unit at a time for ever (a grand total that is itself hidden bounds nothing). A search that finds no data set
   * reports the figure as worked out, so the ceiling can only make an attack stronger than the attacker, never let a
   * real disclosure pass; and data sets more than twice the size of the true one are not what an attacker who sees
   * the published figures would take for plausible.
   */
  private long ceiling() {
    long largest = 0;
    for (int f = 0; f < truth.size(); f++) {
      if (!slackFigures.contains(f)) {
        largest = Math.max(largest, truth.get(f));
      }
    }
    return 2 * largest + 10;
  }

  /** The independent check of a second data set: same published figures, every known sum holds, bounds hold. */
  private void check(long[] x, int figure, long lo, Long hi) {
    for (int f = 0; f < x.length; f++) {
      if (!hidden.get(f) && x[f] != truth.get(f)) {
        throw new AssertionError("the alternative changes the published " + name(f));
      }
      if (hidden.get(f) && x[f] < (slackFigures.contains(f) ? 0 : 1)) {
        throw new AssertionError("the alternative empties the hidden " + name(f));
      }
      if (slackUpper.containsKey(f) && x[f] > slackUpper.get(f)) {
        throw new AssertionError("the alternative breaks a bound the attacker was told");
      }
    }
    for (Map<Integer, Long> eq : equations) {
      long lhs = 0;
      long value = 0;
      for (Map.Entry<Integer, Long> term : eq.entrySet()) {
        if (term.getKey() < 0) {
          value = term.getValue();
        } else {
          lhs += term.getValue() * x[term.getKey()];
        }
      }
      if (lhs != value) {
        throw new AssertionError("the alternative breaks a published sum");
      }
    }
    if (x[figure] < lo || (hi != null && x[figure] > hi)) {
      throw new AssertionError("the alternative misses the bounds of " + name(figure));
    }
  }

  /** The truth itself must be consistent with everything the attacker knows (a check of the test's own facts). */
  void requireTruthConsistent() {
    long[] x = new long[truth.size()];
    for (int f = 0; f < x.length; f++) {
      x[f] = truth.get(f);
    }
    for (Map<Integer, Long> eq : equations) {
      long lhs = 0;
      long value = 0;
      for (Map.Entry<Integer, Long> term : eq.entrySet()) {
        if (term.getKey() < 0) {
          value = term.getValue();
        } else {
          lhs += term.getValue() * x[term.getKey()];
        }
      }
      if (lhs != value) {
        throw new AssertionError("the test's facts do not hold for the true data");
      }
    }
  }

  /**
   * The verdict on one hidden figure: a small count (1–4) must have a second data set where it is 5 or more; any
   * other hidden figure one where it differs from the truth. Returns a description of the failure, or null.
   */
  String attack(int figure) {
    return attack(figure, new ArrayList<>());
  }

  /**
   * As {@link #attack(int)}, where {@code found} holds second data sets already built and checked for other figures:
   * one of them that already moves this figure as required is the same proof the search would find, so the search is
   * made only when none does. Each data set the search builds is added to {@code found}.
   */
  private String attack(int figure, List<long[]> found) {
    long v = truth.get(figure);
    boolean small = v > 0 && v < 5 && !onlyPinning;
    if (found.stream().anyMatch(x -> small ? x[figure] >= 5 : x[figure] != v)) {
      return null;
    }
    if (small) {
      return search(figure, 5, null, found) ? null : name(figure) + " = " + v + " is known to be below 5";
    }
    boolean other = search(figure, v + 1, null, found) || (v > 1 && search(figure, 1, v - 1, found));
    return other ? null : name(figure) + " = " + v + " can be worked out";
  }

  private boolean search(int figure, long lo, Long hi, List<long[]> found) {
    Optional<long[]> x = alternative(figure, lo, hi);
    x.ifPresent(found::add);
    return x.isPresent();
  }

  /**
   * From now on a hidden figure only needs a second data set where it differs: for when the attacker has been told
   * classes that already say a count is small (a published "kommuner with one or two"), where the rule is only that
   * it cannot be worked out.
   */
  Attacker onlyPinning() {
    onlyPinning = true;
    return this;
  }

  /** Attacks every hidden figure; returns the failures. */
  List<String> attackAll() {
    return attackEvery(1);
  }

  /** Attacks every {@code step}-th hidden figure (all of them with step 1); returns the failures. */
  List<String> attackEvery(int step) {
    requireTruthConsistent();
    List<String> failures = new ArrayList<>();
    List<long[]> found = new ArrayList<>();
    int seen = 0;
    for (int f = 0; f < truth.size(); f++) {
      if (hidden.get(f) && !slackFigures.contains(f) && seen++ % step == 0) {
        String failure = attack(f, found);
        if (failure != null) {
          failures.add(failure);
        }
      }
    }
    return failures;
  }
}
