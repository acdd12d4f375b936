package dk.jobbro.reporting.control;

import dk.jobbro.reporting.control.DisclosureControl.RowClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The searches behind {@link DisclosureControl}, over the residual network of the hidden figures.
 *
 * <p>Whatever an attacker knows from the published figures, any other data set that publishes the same figures
 * differs from the true one by a circulation on the hidden edges. A hidden count is at least 1 (zeros are always
 * shown), so a hidden edge with value v can carry any extra flow forwards and give up at most v − 1 backwards. A
 * hidden figure can therefore go up by as much as the residual network can carry from its head back to its tail
 * (a maximum flow), and down by as much as it can carry the other way. All arithmetic is on whole numbers.
 */
final class FlowSearch {

  static final long UNLIMITED = Long.MAX_VALUE / 4;

  private FlowSearch() {}

  /**
   * Whether the hidden edge {@code e} can move by {@code amount} in the given direction (+1 up, −1 down) while every
   * published figure stays as it is and every hidden figure stays at least 1.
   */
  static boolean canMove(LinkedTables net, boolean[] hidden, int e, int direction, long amount) {
    if (direction < 0 && net.value(e) - 1 < amount) {
      return false;
    }
    int source = direction > 0 ? net.head(e) : net.tail(e);
    int target = direction > 0 ? net.tail(e) : net.head(e);
    return maxFlow(net, hidden, e, source, target, amount) >= amount;
  }

  /** Augmenting paths (breadth first) until {@code enough} is reached or no path is left. */
  private static long maxFlow(LinkedTables net, boolean[] hidden, int skip, int source, int target, long enough) {
    Residual r = new Residual(net.nodes());
    for (int f = 0; f < net.edges(); f++) {
      if (hidden[f] && f != skip) {
        r.arc(net.tail(f), net.head(f), UNLIMITED);
        r.arc(net.head(f), net.tail(f), net.value(f) - 1);
      }
    }
    long flow = 0;
    while (flow < enough) {
      int[] via = new int[net.nodes()];
      Arrays.fill(via, -1);
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(source);
      via[source] = -2;
      while (!queue.isEmpty() && via[target] == -1) {
        int u = queue.poll();
        for (int a : r.out.get(u)) {
          int w = r.head.get(a);
          if (via[w] == -1 && r.capacity.get(a) > 0) {
            via[w] = a;
            queue.add(w);
          }
        }
      }
      if (via[target] == -1) {
        break;
      }
      long push = enough - flow;
      for (int w = target; w != source; w = r.tail.get(via[w])) {
        push = Math.min(push, r.capacity.get(via[w]));
      }
      for (int w = target; w != source; w = r.tail.get(via[w])) {
        int a = via[w];
        r.capacity.set(a, r.capacity.get(a) - push);
        r.capacity.set(a ^ 1, r.capacity.get(a ^ 1) + push);
      }
      flow += push;
    }
    return flow;
  }

  /**
   * Published figures whose hiding lets the hidden edge {@code e} move by {@code amount} in the direction, chosen
   * cheaply: first as much as the hidden figures already carry, then shortest augmenting paths (Dijkstra,
   * deterministic on ties) in the residual network where a published figure costs what hiding it costs until it is
   * taken and nothing after, each path adding what it can carry. Several cheap paths thus beat one expensive path
   * through the totals. Null when not even hiding every usable figure lets {@code e} move that far.
   */
  static List<Integer> protection(LinkedTables net, boolean[] hidden, boolean[] fixed, int e, int direction,
      long amount) {
    if (direction < 0 && net.value(e) - 1 < amount) {
      return null;
    }
    int source = direction > 0 ? net.head(e) : net.tail(e);
    int target = direction > 0 ? net.tail(e) : net.head(e);
    Residual r = new Residual(net.nodes());
    List<Integer> edgeOfArc = new ArrayList<>();
    for (int f = 0; f < net.edges(); f++) {
      if (f != e && (hidden[f] || (!fixed[f] && net.value(f) > 0))) {
        r.arc(net.tail(f), net.head(f), UNLIMITED);
        r.arc(net.head(f), net.tail(f), net.value(f) - 1);
        for (int k = 0; k < 4; k++) {
          edgeOfArc.add(f);
        }
      }
    }
    boolean[] taken = hidden.clone();
    List<Integer> added = new ArrayList<>();
    long flow = 0;
    while (flow < amount) {
      long[] distance = new long[net.nodes()];
      int[] via = new int[net.nodes()];
      Arrays.fill(distance, Long.MAX_VALUE);
      Arrays.fill(via, -1);
      distance[source] = 0;
      PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
          : Long.compare(a[1], b[1]));
      queue.add(new long[] {0, source});
      while (!queue.isEmpty()) {
        long[] top = queue.poll();
        int u = (int) top[1];
        if (top[0] > distance[u]) {
          continue;
        }
        for (int a : r.out.get(u)) {
          if (r.capacity.get(a) <= 0) {
            continue;
          }
          int f = edgeOfArc.get(a);
          int w = r.head.get(a);
          long d = distance[u] + (taken[f] ? 0 : cost(net, f));
          if (d < distance[w]) {
            distance[w] = d;
            via[w] = a;
            queue.add(new long[] {d, w});
          }
        }
      }
      if (via[target] == -1) {
        return null;
      }
      long push = amount - flow;
      for (int w = target; w != source; w = r.tail.get(via[w])) {
        push = Math.min(push, r.capacity.get(via[w]));
      }
      for (int w = target; w != source; w = r.tail.get(via[w])) {
        int a = via[w];
        r.capacity.set(a, r.capacity.get(a) - push);
        r.capacity.set(a ^ 1, r.capacity.get(a ^ 1) + push);
        int f = edgeOfArc.get(a);
        if (!taken[f]) {
          taken[f] = true;
          added.add(f);
        }
      }
      flow += push;
    }
    return added;
  }

  /**
   * What hiding a published figure costs. Body cells cost their size, so small partners are taken first and large,
   * important figures are kept; totals cost a thousand times more and the grand total a million times more, so a
   * table keeps its totals whenever body cells can protect the hidden counts.
   */
  static long cost(LinkedTables net, int f) {
    long v = Math.max(1, net.value(f));
    return switch (net.costClass(f)) {
      case LinkedTables.CostClass.TOTAL -> v * 1_000;
      case LinkedTables.CostClass.GRAND -> v * 1_000_000;
      default -> v;
    };
  }

  /**
   * Whether the hidden edge {@code e} can move by one, up or down, along a simple cycle of hidden edges without
   * changing the class of any row it passes: then the published figures and the published class counts fit a second
   * data set in which {@code e} differs, so {@code e} cannot be worked out even with the summary.
   */
  static boolean movesKeepingClasses(LinkedTables net, boolean[] hidden, int e, Map<Integer, RowClass> classes) {
    return classPreservingCycle(net, hidden, e, +1, classes) || classPreservingCycle(net, hidden, e, -1, classes);
  }

  private static boolean classPreservingCycle(LinkedTables net, boolean[] hidden, int e, int direction,
      Map<Integer, RowClass> classes) {
    if (direction < 0 && net.value(e) < 2) {
      return false;
    }
    int start = direction > 0 ? net.head(e) : net.tail(e);
    int target = direction > 0 ? net.tail(e) : net.head(e);
    int[] arrivedBy = new int[net.nodes()];
    int[] arrivedSign = new int[net.nodes()];
    boolean[] visited = new boolean[net.nodes()];
    Deque<Integer> queue = new ArrayDeque<>();
    visited[start] = true;
    arrivedBy[start] = e;
    arrivedSign[start] = direction;
    queue.add(start);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int f = 0; f < net.edges(); f++) {
        if (f == e || !hidden[f]) {
          continue;
        }
        int sign;
        int w;
        if (net.tail(f) == u) {
          sign = +1;
          w = net.head(f);
        } else if (net.head(f) == u && net.value(f) >= 2) {
          sign = -1;
          w = net.tail(f);
        } else {
          continue;
        }
        if (!keepsClass(net, classes, u, arrivedBy[u], arrivedSign[u], f, sign)) {
          continue;
        }
        if (w == target) {
          if (keepsClass(net, classes, w, f, sign, e, direction)) {
            return true;
          }
          continue;
        }
        if (!visited[w]) {
          visited[w] = true;
          arrivedBy[w] = f;
          arrivedSign[w] = sign;
          queue.add(w);
        }
      }
    }
    return false;
  }

  private static boolean keepsClass(LinkedTables net, Map<Integer, RowClass> classes, int node, int e1,
      int s1, int e2, int s2) {
    RowClass rowClass = classes.get(node);
    if (rowClass == null) {
      return true;
    }
    Object before = rowClass.of(net::value);
    Object after = rowClass.of(f -> net.value(f) + (f == e1 ? s1 : 0) + (f == e2 ? s2 : 0));
    return before.equals(after);
  }

  /** A residual graph with paired arcs (an arc and its reverse at index ^ 1). */
  private static final class Residual {
    final List<List<Integer>> out = new ArrayList<>();
    final List<Integer> tail = new ArrayList<>();
    final List<Integer> head = new ArrayList<>();
    final List<Long> capacity = new ArrayList<>();

    Residual(int nodes) {
      for (int i = 0; i < nodes; i++) {
        out.add(new ArrayList<>());
      }
    }

    void arc(int u, int w, long c) {
      add(u, w, Math.max(0, c));
      add(w, u, 0);
    }

    private void add(int u, int w, long c) {
      out.get(u).add(tail.size());
      tail.add(u);
      head.add(w);
      capacity.add(c);
    }
  }
}
