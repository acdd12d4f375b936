package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * to {@code /health/ready}, the main thread's CPU time (the deployment runs there), also split by phase at log lines
 * ({@link #PHASES}), and the load average; at the end the medians and the mean of the pairs' differences with its
 * standard error: on a shared machine one start's CPU time varies by a second or more, so only a difference well
 * outside that error says anything. Run by {@code bench/cold-start-ab.sh}.
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
          ColdStartBench.medianOf(starts, Start::wallMillis) / 1000.0, ColdStartBench.medianOf(starts, Start::cpuMillis) / 1000.0,
          ColdStartBench.medianOf(starts, Start::mainMillis) / 1000.0));
      System.out.println("[ab] A minus B, mean of " + rounds + " pairs: wall "
          + pairedDifference(results.get("A"), results.get("B"), Start::wallMillis) + ", CPU "
          + pairedDifference(results.get("A"), results.get("B"), Start::cpuMillis) + ", main thread "
          + pairedDifference(results.get("A"), results.get("B"), Start::mainMillis));
      for (int i = 0; i < PHASES.size(); i++) {
        int phase = i;
        System.out.println("[ab] A minus B, main thread in " + PHASES.get(i) + ": "
            + pairedDifference(results.get("A"), results.get("B"), s -> s.mainInPhase(phase)));
      }
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
    PhaseWatch phases = new PhaseWatch(log, micro.process().pid());
    Thread watcher = new Thread(phases, "ab-phase-watch");
    watcher.setDaemon(true);
    watcher.start();
    try {
      PayaraMicro.Readiness ready = micro.awaitReady(base);
      if (ready == null) {
        throw new IllegalStateException("Payara Micro ended before it was ready; see " + log);
      }
      Map<String, Long> threads = threadCpuMillis(micro.process().pid());
      long main = threads.getOrDefault("java", -1L);
      return new Start(variant, round, ready.wallMillis(), ready.cpuMillis(), main, load, threads,
          phases.mainMillisByPhase(main));
    } finally {
      watcher.interrupt();
      micro.stop();
      keepRecording(micro.process().pid(), variant + rootSuffix + "-" + round);
    }
  }

  /** The phases the main thread's CPU time is split into, each opened by the first log line holding its marker. */
  static final List<String> PHASES = List.of("to Hibernate", "Hibernate", "Weld/EJB/health", "web start");

  /** Hibernate's first line, Weld's version line, the deployment's end; the last phase ends at ready. */
  private static final List<String> PHASE_MARKERS = List.of("HHH000204", "WELD-000900", "successfully deployed");

  /**
   * Reads Payara Micro's log while it starts and notes the main thread's CPU time whenever the next phase's marker
   * appears (every 20 ms, so a phase's figure is good to about that much of CPU).
   */
  private static final class PhaseWatch implements Runnable {

    private final Path log;
    private final long pid;
    private final long[] mainAtMarker = new long[PHASE_MARKERS.size()];
    private volatile int markersSeen;

    PhaseWatch(Path log, long pid) {
      this.log = log;
      this.pid = pid;
    }

    @Override
    public void run() {
      long offset = 0;
      String carry = ""; // a marker may be cut in two between reads
      try {
        while (markersSeen < PHASE_MARKERS.size()) {
          Thread.sleep(20);
          if (!Files.exists(log)) {
            continue;
          }
          String text;
          try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            byte[] fresh = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(fresh);
            offset += fresh.length;
            text = carry + new String(fresh, java.nio.charset.StandardCharsets.ISO_8859_1);
          }
          while (markersSeen < PHASE_MARKERS.size() && text.contains(PHASE_MARKERS.get(markersSeen))) {
            mainAtMarker[markersSeen] = mainThreadMillis();
            markersSeen++;
          }
          carry = text.substring(Math.max(0, text.length() - 64));
        }
      } catch (InterruptedException | IOException stopped) {
        // ready (or gone) before the last marker: the phases not seen stay unknown
      }
    }

    /** The thread that runs main: named {@code java} like the launcher's own thread, whose id is the process id. */
    private long mainThreadMillis() throws IOException {
      try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
        for (Path task : tasks.toList()) {
          if (!task.getFileName().toString().equals(Long.toString(pid))
              && Files.readString(task.resolve("comm")).strip().equals("java")) {
            return StartPhases.cpuMillis(task.resolve("stat"));
          }
        }
      }
      return -1;
    }

    /** The main thread's CPU time in each of {@link #PHASES}, -1 for one whose bounds were not seen. */
    long[] mainMillisByPhase(long mainAtReady) {
      long[] bounds = new long[PHASES.size() + 1];
      bounds[0] = 0;
      for (int i = 0; i < PHASE_MARKERS.size(); i++) {
        bounds[i + 1] = i < markersSeen ? mainAtMarker[i] : -1;
      }
      bounds[PHASES.size()] = mainAtReady;
      long[] phases = new long[PHASES.size()];
      for (int i = 0; i < phases.length; i++) {
        phases[i] = bounds[i] < 0 || bounds[i + 1] < 0 ? -1 : bounds[i + 1] - bounds[i];
      }
      return phases;
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
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+", "#");
          long millis = StartPhases.cpuMillis(task.resolve("stat"));
          if (millis >= 0) {
            byName.merge(name, millis, Long::sum);
          }
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

  record Start(String variant, int round, long wallMillis, long cpuMillis, long mainMillis, String load,
      Map<String, Long> threads, long[] mainByPhase) {

    long mainInPhase(int phase) {
      return mainByPhase[phase];
    }

    @Override
    public String toString() {
      StringBuilder top = new StringBuilder();
      threads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
          .forEach(e -> top.append(String.format(Locale.ROOT, " %s=%.2f", e.getKey(), e.getValue() / 1000.0)));
      StringBuilder phases = new StringBuilder();
      for (int i = 0; i < PHASES.size(); i++) {
        phases.append(String.format(Locale.ROOT, "%s %.2f%s", PHASES.get(i), mainByPhase[i] / 1000.0,
            i < PHASES.size() - 1 ? ", " : ""));
      }
      return String.format(Locale.ROOT, "%s round %d: wall %.1f s, CPU %.1f s, main %.2f s (%s), load %s;%s",
          variant, round, wallMillis / 1000.0, cpuMillis / 1000.0, mainMillis / 1000.0, phases, load, top);
    }
  }
}
