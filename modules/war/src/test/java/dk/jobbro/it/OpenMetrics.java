package dk.jobbro.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape of {@code /metrics} in the OpenMetrics text format, as Prometheus reads it: one sample per line, a name,
 * labels in braces and a value. Just enough parsing for the tests to find a sample by name and labels.
 */
record OpenMetrics(List<Sample> samples) {

  private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One sample: a metric name, its labels, its value (NaN included, as the format allows). */
  record Sample(String name, Map<String, String> labels, double value) {

    boolean has(Map<String, String> wanted) {
      return labels.entrySet().containsAll(wanted.entrySet());
    }
  }

  static OpenMetrics parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, number(m.group(3))));
    }
    return new OpenMetrics(samples);
  }

  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** The value of the one sample with this name whose labels include these; empty when there is none. */
  OptionalDouble value(String name, Map<String, String> labels) {
    List<Sample> matching = samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
    if (matching.size() > 1) {
      throw new AssertionError("more than one sample " + name + labels + ": " + matching);
    }
    return matching.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(matching.get(0).value());
  }

  /** As {@link #value}, with 0 for a sample that does not exist yet (a counter before its first increment). */
  double valueOrZero(String name, Map<String, String> labels) {
    return value(name, labels).orElse(0);
  }

  List<Sample> named(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }
}
