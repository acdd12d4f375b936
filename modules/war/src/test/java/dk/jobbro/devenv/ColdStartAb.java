package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Two kinds of cold start, alternated: the freshly built WAR (A) and another WAR or the same one with other JVM options
 * (B, {@code -Djobbro.ab.other=...} and/or {@code -Djobbro.ab.other-jvm-options=...}), each from a Payara Micro root
 * and class data archive of its own, on the same migrated database, in the order A B, B A, A B, ... so that a load
 * that drifts during the series falls on both alike. For each start it prints the wall time and the process's CPU time
 * to {@code /health/ready}, the main thread's CPU time (the deployment runs there) and the load average; at the end
 * the medians and the mean of the pairs' differences with its standard error: on a shared machine one start's CPU
 * time varies by a second or more, so only a difference well outside that error says anything. Run by
 * {@code bench/cold-start-ab.sh}.
 *
 * <p>A root keeps its archive while the JVM options stay the same ({@link MicroRoot}), also when the WAR changes; a
 * new WAR's classes are then simply not in it. An experiment that changes the WAR's classes therefore gets roots of its
 * own ({@code -Djobbro.ab.root-suffix=...}).
 */
public final class ColdStartAb {

  private static final String DATABASE = "jobbro_coldstart_ab";

  private ColdStartAb() {}

  public static void main(String[] args) throws Exception {
    Map<String, Path> wars = new LinkedHashMap<>();
    wars.put("A", Path.of(args[0]));
    wars.put("B", Path.of(System.getProperty("jobbro.ab.other", args[0])));
    Path devenv = Path.of(System.getProperty("devenv.dir"));
    Path data = ServerConfig.home().resolve(".jobbro");
    int httpPort = Integer.getInteger("jobbro.http.port", 8080);
    int dbPort = Integer.getInteger("jobbro.db.port", 54329);
    int rounds = Integer.getInteger("jobbro.ab.rounds", 3);
    String rootSuffix = System.getProperty("jobbro.ab.root-suffix", "");

    EmbeddedPostgres postgres = new EmbeddedPostgres(data.resolve("postgres-bin"), data.resolve("coldstart-pgdata"),
        "jobbro-dev");
    postgres.stop();
    postgres.start(dbPort);
    try {
      postgres.recreateDatabase(dbPort, DATABASE);
      Path postBoot = ServerConfig.render(devenv.resolve("coldstart-ab-postboot.asadmin"),
          ServerConfig.localValues(dbPort, DATABASE, postgres.user(), postgres.password()), List.of(), true);
      String base = "http://localhost:" + httpPort;
      System.out.println("[ab] JVM options: "
          + System.getProperty("jobbro.run.jvm-options", PayaraMicro.QUICK_START_JVM_OPTIONS));
      // the first start of each migrates (A) and lists its classes for the archive; not counted
      for (Map.Entry<String, Path> war : wars.entrySet()) {
        Start s = measure(war.getKey(), 0, devenv, war.getValue(), rootSuffix, httpPort, postBoot, base);
        System.out.println("[ab] warm-up " + s);
      }
      Map<String, List<Start>> results = new LinkedHashMap<>();
      wars.keySet().forEach(k -> results.put(k, new ArrayList<>()));
      for (int round = 1; round <= rounds; round++) {
        List<String> order = new ArrayList<>(wars.keySet());
        if (round % 2 == 0) {
          Collections.reverse(order);
        }
        for (String variant : order) {
          Start s = measure(variant, round, devenv, wars.get(variant), rootSuffix, httpPort, postBoot, base);
          results.get(variant).add(s);
          System.out.println("[ab] " + s);
        }
      }
      results.forEach((variant, starts) -> System.out.printf(
          "[ab] median %s (%d starts): wall %.1f s, CPU %.1f s, main thread %.2f s%n", variant, starts.size(),
          median(starts, Start::wallMillis) / 1000.0, median(starts, Start::cpuMillis) / 1000.0,
          median(starts, Start::mainMillis) / 1000.0));
      System.out.println("[ab] A minus B, mean of " + rounds + " pairs: wall "
          + pairedDifference(results.get("A"), results.get("B"), Start::wallMillis) + ", CPU "
          + pairedDifference(results.get("A"), results.get("B"), Start::cpuMillis) + ", main thread "
          + pairedDifference(results.get("A"), results.get("B"), Start::mainMillis));
    } finally {
      postgres.stop();
    }
  }

  private static Start measure(String variant, int round, Path devenv, Path war, String rootSuffix, int httpPort,
      Path postBoot, String base) throws Exception {
    Path log = devenv.resolve("ab-" + variant + rootSuffix + "-" + round + ".log");
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    PayaraMicro micro;
    String common = System.getProperty("jobbro.run.jvm-options");
    String otherOptions = System.getProperty("jobbro.ab.other-jvm-options", "");
    if (variant.equals("B") && !otherOptions.isBlank()) {
      // PayaraMicro reads the options from this property; B's own are set for its start only
      System.setProperty("jobbro.run.jvm-options", otherOptions);
    }
    try {
      micro = PayaraMicro.start(devenv, "ab-" + variant + rootSuffix, war, httpPort, postBoot, log);
    } finally {
      if (common == null) {
        System.clearProperty("jobbro.run.jvm-options");
      } else {
        System.setProperty("jobbro.run.jvm-options", common);
      }
    }
    try {
      PayaraMicro.Readiness ready = micro.awaitReady(base);
      if (ready == null) {
        throw new IllegalStateException("Payara Micro ended before it was ready; see " + log);
      }
      Map<String, Long> threads = threadCpuMillis(micro.process().pid());
      return new Start(variant, round, ready.wallMillis(), ready.cpuMillis(), threads.getOrDefault("java", -1L),
          load, threads);
    } finally {
      micro.stop();
      keepRecording(micro.process().pid(), variant + rootSuffix + "-" + round);
    }
  }

  /**
   * A start whose JVM options record with JFR into a directory ({@code filename=/dir/}) leaves a file named after its
   * process there; it is renamed after the variant and round.
   */
  private static void keepRecording(long pid, String name) throws IOException {
    String dir = System.getProperty("jobbro.ab.jfr-dir");
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("hotspot-pid-" + pid + "-")).toList()) {
        Files.move(f, f.resolveSibling(name + ".jfr"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * CPU time per thread name (digits folded, so the C1 compiler threads add up), from /proc/PID/task. The thread
   * that runs {@code main} keeps the launcher's name, {@code java}, as does the launcher's own idle thread.
   */
  private static Map<String, Long> threadCpuMillis(long pid) throws IOException {
    Map<String, Long> byName = new LinkedHashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long millis = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000
              / StartPhases.TICKS_PER_SECOND;
          byName.merge(name, millis, Long::sum);
        } catch (IOException threadEnded) {
          // gone between the listing and the read
        }
      }
    }
    return byName;
  }

  /** The mean of the rounds' differences A - B and its standard error, in seconds. */
  static String pairedDifference(List<Start> a, List<Start> b, ToLongFunction<Start> value) {
    int n = Math.min(a.size(), b.size());
    double[] d = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      d[i] = (value.applyAsLong(a.get(i)) - value.applyAsLong(b.get(i))) / 1000.0;
      sum += d[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (double x : d) {
      squares += (x - mean) * (x - mean);
    }
    double error = n > 1 ? Math.sqrt(squares / (n - 1) / n) : Double.NaN;
    return String.format(Locale.ROOT, "%+.2f s (± %.2f)", mean, error);
  }

  private static long median(List<Start> starts, ToLongFunction<Start> value) {
    List<Start> sorted = new ArrayList<>(starts);
    sorted.sort(Comparator.comparingLong(value));
    return value.applyAsLong(sorted.get(sorted.size() / 2));
  }

  record Start(String variant, int round, long wallMillis, long cpuMillis, long mainMillis, String load,
      Map<String, Long> threads) {
    @Override
    public String toString() {
      StringBuilder top = new StringBuilder();
      threads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
          .forEach(e -> top.append(String.format(" %s=%.2f", e.getKey(), e.getValue() / 1000.0)));
      return String.format("%s round %d: wall %.1f s, CPU %.1f s, main %.2f s, load %s;%s", variant, round,
          wallMillis / 1000.0, cpuMillis / 1000.0, mainMillis / 1000.0, load, top);
    }
  }
}
