package dk.jobbro.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds a process has used, read from /proc (Linux): on a machine shared with other work, wall time says little,
 * while the CPU the server and the database spent on a request says what it costs.
 */
final class ProcessCpu {

  /** Clock ticks per second of /proc's counters: 100 on every Linux this runs on (USER_HZ). */
  private static final double TICKS = 100.0;

  private ProcessCpu() {}

  /** User plus system CPU of one process (all its threads), in seconds. */
  static double of(long pid) {
    long[] f = stat(Path.of("/proc", Long.toString(pid), "stat"));
    return f == null ? 0 : (f[UTIME] + f[STIME]) / TICKS;
  }

  /**
   * CPU of a process and its children, in seconds: the live children's own, plus what exited children left in the
   * parent's account (PostgreSQL: the postmaster and its backends, also those that ended meanwhile).
   */
  static double withChildren(long pid) {
    long[] parent = stat(Path.of("/proc", Long.toString(pid), "stat"));
    if (parent == null) {
      return 0;
    }
    double total = (parent[UTIME] + parent[STIME] + parent[CUTIME] + parent[CSTIME]) / TICKS;
    try (Stream<Path> all = Files.list(Path.of("/proc"))) {
      for (Path dir : (Iterable<Path>) all::iterator) {
        if (dir.getFileName().toString().chars().allMatch(Character::isDigit)) {
          long[] f = stat(dir.resolve("stat"));
          if (f != null && f[PPID] == pid) {
            total += (f[UTIME] + f[STIME]) / TICKS;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }

  /**
   * CPU seconds of one process by kind of thread: {@code request} (Payara's HTTP threads), {@code jit} (the JIT
   * compilers), {@code gc} (the collector's) and {@code other}, from /proc/PID/task, whose thread names the kernel cuts
   * to 15 characters. A JVM's total CPU counts its compilers' work too, which goes on for minutes after a warm-up.
   */
  static Map<String, Double> byThreadKind(long pid) {
    Map<String, Double> kinds = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        long[] f = stat(task.resolve("stat"));
        String name;
        try {
          name = Files.readString(task.resolve("comm")).strip();
        } catch (IOException threadEnded) {
          continue;
        }
        if (f != null) {
          kinds.merge(kindOf(name), (f[UTIME] + f[STIME]) / TICKS, Double::sum);
        }
      }
    } catch (IOException e) {
      return kinds; // the process has ended
    }
    return kinds;
  }

  private static String kindOf(String threadName) {
    if (threadName.startsWith("http-thread-poo") || threadName.startsWith("http-listener")) {
      return "request";
    }
    if (threadName.contains("CompilerThre")) {
      return "jit";
    }
    if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")) {
      return "gc";
    }
    return "other";
  }

  /** The test domain's server JVM: its pid file lies in the domain directory, found from the server log failsafe is given. */
  static long testServer() {
    return pidIn(Path.of(System.getProperty("it.payara.serverlog")).getParent().getParent().resolve("config/pid"));
  }

  /** The test environment's PostgreSQL postmaster (its data directory is in devenv, the test JVM's java.io.tmpdir). */
  static long testDatabase() {
    return pidIn(Path.of(System.getProperty("java.io.tmpdir"), "it-pgdata", "postmaster.pid"));
  }

  /** The first line of a pid file (Payara's config/pid, PostgreSQL's postmaster.pid), or -1 when there is none. */
  static long pidIn(Path pidFile) {
    try {
      return Files.exists(pidFile) ? Long.parseLong(Files.readAllLines(pidFile).get(0).trim()) : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The 1-, 5- and 15-minute load averages as /proc/loadavg gives them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  // positions in /proc/PID/stat after the command name, counted from its third field (state) as 0
  private static final int PPID = 1;
  private static final int UTIME = 11;
  private static final int STIME = 12;
  private static final int CUTIME = 13;
  private static final int CSTIME = 14;

  /** The numeric fields of a stat file, from the state on (the command name may hold spaces: cut after its ')'). */
  private static long[] stat(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return null; // the process has ended
    }
    String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
    long[] numbers = new long[CSTIME + 1];
    for (int i = PPID; i <= CSTIME; i++) {
      numbers[i] = Long.parseLong(f[i]);
    }
    return numbers;
  }
}
