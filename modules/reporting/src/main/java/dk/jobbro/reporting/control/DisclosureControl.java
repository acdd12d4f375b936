package dk.jobbro.reporting.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disclosure control for every figure Jobbro publishes about people: the one place where the rules live.
 *
 * <p><b>What is protected.</b> A person count is a count of persons or of things that each stand for one person
 * (cases, handovers, IGU placements, bonus milestones, benefit recipients on a day). Counts of kommuner, targets,
 * inhabitants and kroner singles nobody out.
 *
 * <p><b>The rules.</b>
 * <ol>
 *   <li><b>Fixed cells.</b> Person counts are only published as cells of fixed tables that the request cannot shape:
 *       flows per calendar year, levels on the last day of a month, and every breakdown complete with its totals.
 *       Two requests can therefore only ever show the same cell or cells of different fixed tables; no choice of
 *       period or filter yields a narrower group to subtract. Tables that share totals (IGU starts by sector and by
 *       status; cases taken over by first offer and by work after three years; handovers by kommune and by sender)
 *       are one {@link LinkedTables} family and are protected together, so a cell gets the same treatment in every
 *       report that shows it.</li>
 *   <li><b>Primary.</b> A person count from 1 to {@value #SMALL_COUNT_LIMIT} − 1 is hidden; zeros are shown.</li>
 *   <li><b>Secondary.</b> More figures are hidden until, for every hidden figure, the published figures of the
 *       family, their sums and the knowledge that a hidden count is at least 1 still fit another value — and for a
 *       small count, a value of {@value #SMALL_COUNT_LIMIT} or more, so nobody can even tell that it is small. This is
 *       checked with whole-number maximum flows over the family ({@link FlowSearch}); the cheapest figures are
 *       hidden first, totals only when body cells cannot protect. A family that cannot be protected is withheld.</li>
 *   <li><b>Derived figures.</b> A share is published only when its count and its base are published and the base
 *       is at least {@value #SMALL_COUNT_LIMIT} persons; an average or a median only over at least
 *       {@value #SMALL_COUNT_LIMIT} persons; a net change only between two published levels (a level of 1–4 is
 *       hidden, so a period before any data cannot turn a change into a level); a rank only among published
 *       values.</li>
 *   <li><b>Summaries over kommuner</b> (how many have one or two, how many meet a goal) are published only when
 *       every hidden count can still change by one along a cycle of hidden figures without moving any kommune to
 *       another class, so the summary does not pin a hidden count either.</li>
 * </ol>
 */
public final class DisclosureControl {

  /** Person counts below this (and above 0) are small and hidden. */
  public static final int SMALL_COUNT_LIMIT = 5;

  private DisclosureControl() {}

  /** Protects a family of linked person-count tables. */
  public static ProtectedCounts protect(LinkedTables tables) {
    return protect(tables, Set.of());
  }

  /**
   * Protects a family some of whose figures are published elsewhere and must stay as they are (a national breakdown
   * whose totals another report already shows); when it cannot be protected around them, it is withheld.
   */
  public static ProtectedCounts protect(LinkedTables tables, Set<Integer> publishedElsewhere) {
    int edges = tables.edges();
    boolean[] fixed = new boolean[edges];
    publishedElsewhere.forEach(e -> fixed[e] = true);
    boolean[] hidden = new boolean[edges];
    Deque<Integer> work = new ArrayDeque<>();
    for (int e = 0; e < edges; e++) {
      if (isSmall(tables.value(e))) {
        if (fixed[e]) {
          return new ProtectedCounts(tables, hidden, fixed, true);
        }
        hidden[e] = true;
        work.add(e);
      }
    }
    // Hiding more never lets a hidden figure move less, so a figure once safe stays safe: each is checked until safe.
    while (!work.isEmpty()) {
      int e = work.poll();
      while (!isSafe(tables, hidden, e)) {
        List<Integer> more = cheapestProtection(tables, hidden, fixed, e);
        boolean progress = false;
        for (int f : more == null ? List.<Integer>of() : more) {
          if (!hidden[f]) {
            hidden[f] = true;
            work.add(f);
            progress = true;
          }
        }
        if (!progress) {
          return hideEverything(tables, fixed);
        }
      }
    }
    return new ProtectedCounts(tables, hidden, fixed, false);
  }

  static boolean isSmall(long count) {
    return count > 0 && count < SMALL_COUNT_LIMIT;
  }

  /**
   * Safe: a small hidden count could, as far as the published figures tell, be {@value #SMALL_COUNT_LIMIT} or more;
   * any other hidden figure could be at least one more or one less than it is.
   */
  static boolean isSafe(LinkedTables tables, boolean[] hidden, int e) {
    long v = tables.value(e);
    if (isSmall(v)) {
      return FlowSearch.canMove(tables, hidden, e, +1, SMALL_COUNT_LIMIT - v);
    }
    return FlowSearch.canMove(tables, hidden, e, +1, 1) || FlowSearch.canMove(tables, hidden, e, -1, 1);
  }

  private static List<Integer> cheapestProtection(LinkedTables tables, boolean[] hidden, boolean[] fixed, int e) {
    long v = tables.value(e);
    if (isSmall(v)) {
      return FlowSearch.protection(tables, hidden, fixed, e, +1, SMALL_COUNT_LIMIT - v);
    }
    List<Integer> up = FlowSearch.protection(tables, hidden, fixed, e, +1, 1);
    List<Integer> down = FlowSearch.protection(tables, hidden, fixed, e, -1, 1);
    if (up == null || down == null) {
      return up == null ? down : up;
    }
    return costOf(tables, hidden, up) <= costOf(tables, hidden, down) ? up : down;
  }

  private static long costOf(LinkedTables tables, boolean[] hidden, List<Integer> path) {
    long cost = 0;
    for (int f : path) {
      cost += hidden[f] ? 0 : FlowSearch.cost(tables, f);
    }
    return cost;
  }

  /**
   * The last resort: every non-zero figure not published elsewhere is hidden. Each then lies on a cycle of hidden
   * figures (the true counts are a circulation), so this always protects a family that has nothing published
   * elsewhere; otherwise the family is withheld.
   */
  private static ProtectedCounts hideEverything(LinkedTables tables, boolean[] fixed) {
    boolean[] hidden = new boolean[tables.edges()];
    for (int e = 0; e < hidden.length; e++) {
      hidden[e] = !fixed[e] && tables.value(e) > 0;
    }
    for (int e = 0; e < hidden.length; e++) {
      if (hidden[e] && !isSafe(tables, hidden, e)) {
        return new ProtectedCounts(tables, hidden, fixed, true);
      }
    }
    return new ProtectedCounts(tables, hidden, fixed, false);
  }

  /**
   * Whether a summary that tells each row's class (e.g. how many kommuner have one or two) may be published next to
   * the protected family: only if every hidden figure can move by one along a cycle that keeps every row's class.
   *
   * @param classes per category node of the family ({@link LinkedTables#categoryNode}), the row's class from the
   *     edges at that node
   */
  public static boolean summaryKeepsCountsHidden(ProtectedCounts counts, Map<Integer, RowClass> classes) {
    if (counts.withheld()) {
      return false;
    }
    boolean[] hidden = counts.hiddenEdges();
    for (int e = 0; e < hidden.length; e++) {
      if (hidden[e] && !FlowSearch.movesKeepingClasses(counts.tables(), hidden, e, classes)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The class of a row that a published summary tells (e.g. "one or two placements"), computed from edges that all
   * touch the category node it is attached to.
   */
  public interface RowClass {
    Object of(java.util.function.IntToLongFunction value);
  }

  /** A share in percent with one decimal, or null unless both counts are published and the base is large enough. */
  public static Double share(Long part, Long whole) {
    if (part == null || whole == null || whole < SMALL_COUNT_LIMIT) {
      return null;
    }
    return Math.round(1000.0 * part / whole) / 10.0;
  }

  /** An average or a median (one decimal), or null when fewer than the limit of persons lie behind it. */
  public static Double statistic(long persons, Number value) {
    if (persons < SMALL_COUNT_LIMIT || value == null) {
      return null;
    }
    return Math.round(value.doubleValue() * 10.0) / 10.0;
  }

  /** A net change between two levels, or null unless both levels are published. */
  public static Long netChange(Long from, Long to) {
    return from == null || to == null ? null : to - from;
  }

  /**
   * Ranks among the published values only (ties share the lowest rank, as SQL's rank()); a hidden value has no
   * rank, so a rank never tells where a hidden value lies.
   */
  public static List<Long> ranks(List<? extends Number> values) {
    List<Long> ranks = new ArrayList<>();
    for (Number v : values) {
      if (v == null) {
        ranks.add(null);
        continue;
      }
      long below = values.stream().filter(o -> o != null && o.doubleValue() < v.doubleValue()).count();
      ranks.add(below + 1);
    }
    return ranks;
  }
}
