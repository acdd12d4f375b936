package dk.jobbro.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** A weighted choice among values, drawn from the caller's seeded {@link Random} so the data set is repeatable. */
final class Weighted<T> {

  private final List<T> values = new ArrayList<>();
  private double[] cumulative = new double[8];
  private double total;

  Weighted<T> add(T value, double weight) {
    if (weight < 0) {
      throw new IllegalArgumentException("negative weight for " + value);
    }
    if (values.size() == cumulative.length) {
      cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
    }
    total += weight;
    cumulative[values.size()] = total;
    values.add(value);
    return this;
  }

  T next(Random random) {
    double x = random.nextDouble() * total;
    int i = Arrays.binarySearch(cumulative, 0, values.size(), x);
    int index = i >= 0 ? i + 1 : -i - 1;
    return values.get(Math.min(index, values.size() - 1));
  }
}
