package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Prints how long each phase of the test environment's start took, in wall time and in CPU time of the domain's
 * server JVM (read from /proc, so Linux only: elsewhere the CPU column stays empty). The test loop is CPU-bound on a
 * small machine, so the CPU a phase costs is what decides what to cut.
 */
final class StartPhases {

  /** The kernel's clock ticks per second for /proc/PID/stat; 100 on every Linux this runs on. */
  static final long TICKS_PER_SECOND = 100;

  private final Path pidFile;
  private long phaseStarted = System.nanoTime();
  private long cpuTicksAtStart;
  private long pidAtStart;

  /** @param pidFile the domain's {@code config/pid}, written by the server once it runs */
  StartPhases(Path pidFile) {
    this.pidFile = pidFile;
    // a server already running (the probe WAR's deployment from the test JVM) counts from now, not from its start
    pidAtStart = serverPid();
    cpuTicksAtStart = pidAtStart < 0 ? 0 : cpuTicks(pidAtStart).orElse(0);
  }

  /** Ends the phase that ran since the last call (or since construction) and prints its figures. */
  void done(String phase) {
    long now = System.nanoTime();
    long pid = serverPid();
    OptionalLong ticks = pid < 0 ? OptionalLong.empty() : cpuTicks(pid);
    String cpu = "";
    if (ticks.isPresent()) {
      // a server started (or restarted) during the phase is a new process: all its CPU belongs to this phase
      long since = pid == pidAtStart ? cpuTicksAtStart : 0;
      cpu = String.format(", server CPU %.1f s (%.1f s in all)",
          (ticks.getAsLong() - since) / (double) TICKS_PER_SECOND, ticks.getAsLong() / (double) TICKS_PER_SECOND);
    }
    System.out.printf("[jobbro-it] %-26s %6.1f s%s%n", phase + ":", (now - phaseStarted) / 1e9, cpu);
    phaseStarted = now;
    pidAtStart = pid;
    cpuTicksAtStart = ticks.orElse(0);
  }

  private long serverPid() {
    try {
      return Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).strip()) : -1;
    } catch (IOException | NumberFormatException unreadable) {
      return -1;
    }
  }

  /** User plus system time of a process in clock ticks, from /proc/PID/stat. */
  static OptionalLong cpuTicks(long pid) {
    return cpuTicks(Path.of("/proc", Long.toString(pid), "stat"));
  }

  /**
   * User plus system time in clock ticks from a {@code stat} file of /proc: a process's ({@code /proc/PID/stat}) or
   * one thread's ({@code /proc/PID/task/TID/stat}). Fields 14 and 15, counted after the command name, which is in
   * parentheses and may contain spaces. Empty where there is no such file (not Linux, or the process or thread ended).
   */
  static OptionalLong cpuTicks(Path statFile) {
    try {
      String stat = Files.readString(statFile);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    } catch (IOException | RuntimeException notLinuxOrGone) {
      return OptionalLong.empty();
    }
  }

  /** {@link #cpuTicks(Path)} in milliseconds, -1 where there is no such file. */
  static long cpuMillis(Path statFile) {
    OptionalLong ticks = cpuTicks(statFile);
    return ticks.isPresent() ? ticks.getAsLong() * 1000 / TICKS_PER_SECOND : -1;
  }
}
