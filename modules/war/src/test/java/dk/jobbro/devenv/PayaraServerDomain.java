package dk.jobbro.devenv;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain of its own for the in-container tests, driven with {@code asadmin}: created fresh for each
 * build, started once, shared by every test class, stopped at the end.
 */
final class PayaraServerDomain {

  static final String NAME = "jobbro-it";

  /**
   * JVM options for the test domain on top of Payara's own, separated by spaces (the war POM sets them: C1 only for
   * the in-container tests, whose server lives a few minutes and spends them mostly on cold code; the benchmarks keep
   * the full JIT).
   */
  static final String EXTRA_JVM_OPTIONS = "it.payara.jvmOptions";

  /** Payara's default ports and the offset from the port base each is moved to. */
  private static final int[][] PORT_OFFSETS = {{3700, 37}, {3820, 38}, {3920, 39}, {4848, 48}, {4900, 49},
      {5900, 59}, {6666, 66}, {7676, 76}, {8080, 80}, {8181, 81}, {8686, 86}};

  private final Path payaraHome;
  private final int portBase;

  PayaraServerDomain(Path unpackedDir, int portBase) {
    this.payaraHome = unpackedDir.resolve("payara6");
    this.portBase = portBase;
  }

  /**
   * The first port base from {@code wanted} on, in steps of 100, whose ports are all free. A server left running on
   * the wanted ports (a developer's, or a build that was cut off) would otherwise make the domain's start fail and
   * every test meet a connection refused instead of a reason.
   */
  static int freePortBase(int wanted) {
    for (int base = wanted; base < wanted + 2000; base += 100) {
      int candidate = base;
      boolean free = Arrays.stream(PORT_OFFSETS).allMatch(p -> portFree(candidate + p[1]));
      if (free) {
        return base;
      }
    }
    throw new IllegalStateException("no free port base from " + wanted + ": pass -Dit.payara.portbase=...");
  }

  /**
   * Whether a listener could bind the port now. Without SO_REUSEADDR, as Payara's JMS listener binds: a port held by
   * a connection in TIME_WAIT counts as taken. A port base in the ephemeral range (32768 and up on Linux) can meet one
   * left by any outgoing connection: -Dit.payara.portbase=35000 once failed the domain's start on 35076 that way.
   */
  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }

  int adminPort() {
    return portBase + 48;
  }

  int httpPort() {
    return portBase + 80;
  }

  private Path domainDir() {
    return payaraHome.resolve("glassfish/domains").resolve(NAME);
  }

  /** Where the running server writes its process id. */
  Path pidFile() {
    return domainDir().resolve("config/pid");
  }

  /** The running server's process id, from its pid file; -1 when it has none. */
  long serverPid() {
    try {
      return Files.exists(pidFile()) ? Long.parseLong(Files.readString(pidFile()).strip()) : -1;
    } catch (IOException | NumberFormatException unreadable) {
      return -1;
    }
  }

  /** Prints the CPU time the running server has used since it started (on Linux; nothing elsewhere). */
  void printServerCpu() {
    long pid = serverPid();
    if (pid > 0) {
      StartPhases.cpuTicks(pid).ifPresent(ticks -> System.out.printf(
          "[jobbro-it] the test domain's server used %.1f s of CPU since its start%n", ticks / (double) StartPhases.TICKS_PER_SECOND));
    }
  }

  /**
   * Makes a fresh copy of the distribution's pristine domain1 (much faster than {@code create-domain}, which spends
   * about 14 s generating keys), moves its ports to the port base, puts the JDBC driver in its lib folder and starts
   * it once, configured by the command file during its boot (no restart after it). A command of the file that fails
   * fails the start, as it would in asadmin multimode.
   */
  void createAndStart(Path jdbcDriver, ServerConfig.BootFiles commands) throws IOException, InterruptedException {
    stopQuietly();
    Os.deleteRecursively(domainDir());
    Os.copyRecursively(payaraHome.resolve("glassfish/domains/domain1"), domainDir());
    Files.copy(jdbcDriver, domainDir().resolve("lib").resolve(jdbcDriver.getFileName()),
        StandardCopyOption.REPLACE_EXISTING);
    Path domainXml = domainDir().resolve("config/domain.xml");
    String xml = Files.readString(domainXml);
    // The running server's ports (IIOP, IIOP/SSL, IIOP mutual auth, admin, Hazelcast, HTTP, HTTPS, JMX...), each
    // moved to port base + a fixed offset, so the tests never meet a developer's server on the default ports.
    // The JMS broker (7676) and Hazelcast (5900) ports sit in system properties ("value=").
    for (int[] port : PORT_OFFSETS) {
      int moved = portBase + port[1];
      xml = xml.replace("port=\"" + port[0] + "\"", "port=\"" + moved + "\"")
          .replace("port=" + port[0] + "\"", "port=" + moved + "\"")
          .replace("value=\"" + port[0] + "\"", "value=\"" + moved + "\"");
    }
    // Hibernate, Flyway and one deployment per test class: give the server room to breathe.
    // A temp directory of its own: Payara's admin REST stores an uploaded WAR under java.io.tmpdir by its file name
    // or the current millisecond, so servers of parallel builds on one machine sharing /tmp removed each other's
    // jobbro.war mid-deployment ("File source doesn't exist"). The JSON-P provider named as server-config/README.md
    // tells operators to.
    Path tmp = Files.createDirectories(domainDir().resolve("tmp"));
    StringBuilder extra = new StringBuilder();
    for (String option : System.getProperty(EXTRA_JVM_OPTIONS, "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        extra.append("<jvm-options>").append(option).append("</jvm-options>");
      }
    }
    Files.writeString(domainXml, xml.replace("<jvm-options>-Xmx512m</jvm-options>",
        "<jvm-options>-Xmx1536m</jvm-options><jvm-options>-Djava.io.tmpdir=" + tmp.toAbsolutePath()
            + "</jvm-options><jvm-options>" + PayaraMicro.JSON_PROVIDER_OPTION + "</jvm-options><jvm-options>"
            + PayaraMicro.CODE_CACHE_OPTION + "</jvm-options>" + extra));
    asadmin("start-domain", "--prebootcommandfile", commands.preBoot().toString(), "--postbootcommandfile",
        commands.postBoot().toString(), NAME);
    awaitBootCommands(commands.postBoot());
  }

  /**
   * Waits until the server has run every post-boot command: start-domain can return while the last ones still run
   * (seen here: set-amx-enabled finished 4 s later). Payara logs each outcome and boots on after a failure; here a
   * failure is an error of the command file.
   */
  private void awaitBootCommands(Path postBoot) throws IOException, InterruptedException {
    long expected = Files.readAllLines(postBoot).stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
    Path log = domainDir().resolve("logs/server.log");
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    List<String> outcomes = List.of();
    while (System.nanoTime() < giveUp) {
      outcomes = Files.readAllLines(log).stream()
          .filter(line -> line.matches(".*Boot Command \\S+ (failed|returned with result).*")).toList();
      if (outcomes.size() >= expected) {
        break;
      }
      Thread.sleep(200);
    }
    List<String> failed = outcomes.stream().filter(line -> !line.contains("returned with result SUCCESS")).toList();
    if (outcomes.size() < expected || !failed.isEmpty()) {
      throw new IllegalStateException(outcomes.size() + " of " + expected + " commands of " + postBoot
          + " ran at boot, failed: " + failed + " (see " + log + ")");
    }
  }

  /**
   * Waits until the HTTP listener accepts connections; if it has not come up (a listener can stay unbound under load,
   * "GrizzlyProxy is NULL"), restarts the domain once.
   */
  void awaitHttp() throws IOException, InterruptedException {
    if (accepts(httpPort(), 30)) {
      return;
    }
    System.out.printf("[jobbro-it] nothing on HTTP port %d after the start; restarting the domain%n", httpPort());
    asadmin("restart-domain", NAME);
    if (!accepts(httpPort(), 120)) {
      throw new IllegalStateException("Payara's HTTP listener is not up on port " + httpPort() + "; see "
          + domainDir().resolve("logs/server.log"));
    }
  }

  private static boolean accepts(int port, int seconds) throws InterruptedException {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < until) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return true;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    return false;
  }

  /** Deploys a WAR under a name and at a context root, replacing an earlier deployment of that name. */
  void deploy(Path war, String name, String contextRoot) throws IOException, InterruptedException {
    asadmin("--port", Integer.toString(adminPort()), "deploy", "--force=true", "--name", name, "--contextroot",
        contextRoot, war.toString());
  }

  /** Removes a deployment by name. */
  void undeploy(String name) throws IOException, InterruptedException {
    asadmin("--port", Integer.toString(adminPort()), "undeploy", name);
  }

  /**
   * Stops the domain. Its server is killed: the domain is this build's own, copied anew at every boot and read by
   * nothing once the tests have run, and a graceful stop (asadmin stop-domain, or the shutdown hook a SIGTERM runs)
   * took about 3 s at the end of every build. Without a live process of this domain (no pid file, or its pid reused)
   * asadmin stop-domain is asked, which also finds a server started otherwise.
   */
  void stopQuietly() throws InterruptedException {
    if (!Files.exists(domainDir())) {
      return;
    }
    // only if that pid is still this domain's server (pids are reused)
    Optional<ProcessHandle> server = ProcessHandle.of(serverPid())
        .filter(p -> p.info().commandLine().map(c -> c.contains(domainDir().toString())).orElse(false));
    if (server.isPresent()) {
      // not waited for: the process took about 2 s to be gone after SIGKILL, and nothing needs it gone (the next
      // boot copies the domain anew and takes other ports while these are held)
      server.get().destroyForcibly();
      return;
    }
    try {
      asadmin("stop-domain", NAME);
    } catch (IOException | IllegalStateException ignored) {
      // not running, or not answering: nothing more to stop
    }
  }

  private void asadmin(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(List.of(args));
    Path out = Files.createTempFile("asadmin", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      int exit = p.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + Files.readString(out));
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
