package dk.jobbro.devenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Payara Micro process running the WAR, as the quick start and the cold-start benchmark launch it, and how long
 * it took to become ready: wall time from the process start to {@code /health/ready} answering 200, and the CPU time
 * the process had used by then. On a machine shared with other builds the wall time swings with their load; the CPU
 * time hardly does, so both are reported.
 */
final class PayaraMicro {

  /**
   * The quick start's JVM: C1 only ({@code TieredStopAtLevel=1}). Measured on 2 cores, C2 compiler threads used more
   * CPU before ready (about 29 s) than the deployment itself (about 24 s on the main thread), competing with it for
   * the cores; without C2 the start needs less than half the CPU. A long-running server keeps C2 for its throughput,
   * so this is for the run command only (override with {@code -Djobbro.run.jvm-options=...}).
   *
   * <p>{@value #CODE_CACHE_OPTION}: with C1 only, the JVM sizes its code cache as for a small client machine, 48 MB
   * instead of 240 MB. Payara and Jobbro compiled by C1 came to within 5 MB of that in the test domain, the sweeper
   * then evicted and recompiled methods, and once the cache had no room for a method handle a request answered 500
   * ({@code VirtualMachineError: Out of space in CodeCache for method handle intrinsic}).
   *
   * <p>The JSON-P provider is named ({@value #JSON_PROVIDER_OPTION}) for the reason server-config/README.md gives:
   * without it every token check searches the class path for one.
   *
   * <p>The parallel collector instead of G1, the JVM's default on this machine: on 2 cores G1's write barriers and
   * concurrent refinement cost each request CPU that a 1 GB heap does not need (bench/README: 10-30 % less JVM CPU per
   * request in the read path in most of the paired runs, and about 1.3 s less CPU to ready).
   */
  static final String QUICK_START_JVM_OPTIONS = "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC "
      + PayaraMicro.CODE_CACHE_OPTION + " " + PayaraMicro.JSON_PROVIDER_OPTION;

  /** The code cache a JVM with the full JIT gets by default, for the quick start and the test domain (see above). */
  static final String CODE_CACHE_OPTION = "-XX:ReservedCodeCacheSize=240m";

  /** Names JSON-P's provider, so that {@code JsonProvider.provider()} loads it once instead of on every call. */
  static final String JSON_PROVIDER_OPTION = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  /**
   * What the quick start sets before Payara Micro boots besides production's listener settings: no schema validation
   * of the deployment descriptors (web.xml, beans.xml, persistence.xml, Payara's default-web.xml; Payara's default is
   * {@code full}), which was 3-6 % of the main thread's profile samples to ready. The descriptors are still parsed, and
   * validated on every build: the test domain (Payara Server) keeps the default.
   */
  private static final String QUICK_START_PRE_BOOT =
      "set configs.config.server-config.admin-service.das-config.deploy-xml-validation=none\n";

  private final Process process;
  private final long startedNanos;

  private final MicroRoot root;

  private PayaraMicro(Process process, long startedNanos, MicroRoot root) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.root = root;
  }

  /**
   * Starts Payara Micro with the WAR at the context root {@code /}, the PostgreSQL driver and the rendered command
   * file ({@link ServerConfig#render}), from the root directory {@code rootName} that {@link MicroRoot} keeps between
   * starts. The file's listener settings run before boot, the rest after ({@link ServerConfig#splitForMicro}). Its
   * output goes to this process's own, or to {@code log} when one is given.
   *
   * <p>{@code --nohazelcast}: Jobbro uses nothing of Hazelcast (its timers are non-persistent, its state is in
   * PostgreSQL), yet {@code --nocluster} still starts it, only without joining others: a Hazelcast node, its threads
   * and 5-8 % of the start's CPU. Payara Micro takes {@code --nocluster} first when both are given (which is why
   * adding {@code --nohazelcast} once seemed to do nothing); alone, {@code --nohazelcast} switches Hazelcast off and sets
   * the EJB timer service to "Dummy", under which persistent timers would fall back to non-persistent ones, and Jobbro
   * has none (ArchitectureTest). {@code --disablephonehome}: a developer's starts need not be reported to Payara.
   */
  static PayaraMicro start(Path devenv, String rootName, Path war, int httpPort, Path commandFile, Path log)
      throws IOException {
    List<String> jvmOptions = Arrays.asList(System.getProperty("jobbro.run.jvm-options", QUICK_START_JVM_OPTIONS)
        .trim().split("\\s+"));
    Path payaraMicro = devenv.resolve("payara-micro.jar");
    MicroRoot root = MicroRoot.prepare(devenv, rootName, payaraMicro, devenv.resolve("postgresql.jar"),
        jvmOptions);
    root.reset();
    ServerConfig.BootFiles commands = ServerConfig.splitForMicro(commandFile);
    Files.writeString(commands.preBoot(), QUICK_START_PRE_BOOT, StandardOpenOption.APPEND);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(root.archive().options());
    // Payara attaches its monitoring agent itself (MicroRoot.placeMonitoringAgent); JDK 17 allows that only so
    command.add("-Djdk.attach.allowAttachSelf=true");
    command.addAll(List.of(
        "-jar", root.launcher().toString(),
        "--deploy", war.toString(), "--contextroot", "/",
        "--port", Integer.toString(httpPort), "--nohazelcast", "--disablephonehome",
        "--prebootcommandfile", commands.preBoot().toString(),
        "--postbootcommandfile", commands.postBoot().toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (log == null) {
      builder.inheritIO();
    } else {
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
    }
    long started = System.nanoTime();
    return new PayaraMicro(builder.start(), started, root);
  }

  Process process() {
    return process;
  }

  /**
   * Waits until {@code /health/ready} answers 200 (polling every 100 ms) and says how long that took, or returns
   * null when the process ended first.
   */
  Readiness awaitReady(String base) throws InterruptedException, IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).build();
    while (process.isAlive()) {
      if (answersReady(http, ready)) {
        Readiness readiness = new Readiness((System.nanoTime() - startedNanos) / 1_000_000, cpuMillis());
        // only now: what the list holds up to ready is what the next start needs, and the dump's own CPU stays
        // out of this start's figures
        root.archive().dumpInBackground(root.launcher());
        return readiness;
      }
      Thread.sleep(100);
    }
    return null;
  }

  private static boolean answersReady(HttpClient http, HttpRequest ready) throws InterruptedException {
    try {
      return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false; // Payara is still booting
    }
  }

  /**
   * Stops Payara Micro (SIGTERM, so it shuts down cleanly) and waits for it, and for the class data archive when this
   * start began writing one.
   */
  void stop() throws InterruptedException, IOException {
    process.destroy();
    process.waitFor();
    root.archive().finish();
  }

  /**
   * The CPU time (user + system, all threads) the process has used so far, from {@code /proc/<pid>/stat}; -1 where
   * there is no such file (not Linux).
   */
  private long cpuMillis() {
    return StartPhases.cpuMillis(Path.of("/proc", Long.toString(process.pid()), "stat"));
  }


  /** Time from the process start to ready: wall clock and the process's CPU time, in milliseconds. */
  record Readiness(long wallMillis, long cpuMillis) {
    @Override
    public String toString() {
      return String.format("%.1f s (CPU %.1f s)", wallMillis / 1000.0, cpuMillis / 1000.0);
    }
  }
}
