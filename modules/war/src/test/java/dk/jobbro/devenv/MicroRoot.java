package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro root directory kept between starts, with a class data sharing (CDS) archive of the classes its JVM
 * loads.
 *
 * <p>{@code java -jar payara-micro.jar} unpacks its whole runtime (about 100 MB of jars) into a new directory on every
 * start; the launcher that {@code --outputlauncher} writes runs from a runtime unpacked once. Measured with the
 * one-class WAR of bench/micro-floor.sh: 8.8 s of CPU to ready with the unpacking, 5.8 s without, 3.9 s with the
 * archive as well (bench/README.md, "Cold start"). {@link ClassDataArchive} says how the archive is made.
 *
 * <p>Each start gets the configuration the launcher was written with: Payara Micro keeps what the boot commands
 * changed in {@code config/domain.xml}, and running them again on that would find the pools already there. Anything
 * that does not match any more (another payara-micro.jar, JDBC driver, JDK or JVM options) starts over with a new
 * root.
 */
final class MicroRoot {

  private static final String STAMP = "jobbro-stamp";
  /** What this class puts into a root besides the launcher; a root made by an older version of it is made anew. */
  private static final String LAYOUT =
      "layout 4: flashlight agent in lib/monitor, static class data archive of all loaders, light stores";
  /** What {@code --outputlauncher} writes into the root. */
  private static final String LAUNCHER = "launch-micro.jar";

  private final Path root;
  private final Path pristineConfig;
  private final ClassDataArchive archive;

  private MicroRoot(Path root, Path pristineConfig, List<String> jvmOptions) {
    this.root = root;
    this.pristineConfig = pristineConfig;
    this.archive = new ClassDataArchive(root, jvmOptions);
  }

  /**
   * The root {@code devenv/micro-<name>} for the given Payara Micro jar, library (the JDBC driver) and JVM options,
   * (re)created when missing or made for something else. Each caller that may run beside another (quick start, benchmark) uses its own name.
   */
  static MicroRoot prepare(Path devenv, String name, Path payaraMicro, Path library, List<String> jvmOptions)
      throws IOException {
    Path root = devenv.resolve("micro-" + name);
    Path pristineConfig = devenv.resolve("micro-" + name + "-config");
    String stamp = String.join("\n", LAYOUT, fileStamp(payaraMicro), fileStamp(library),
        System.getProperty("java.home"), System.getProperty("java.vm.version"), String.join(" ", jvmOptions));
    Path stampFile = root.resolve(STAMP);
    if (!Files.isRegularFile(stampFile) || !Files.readString(stampFile).equals(stamp)) {
      Os.deleteRecursively(root);
      Os.deleteRecursively(pristineConfig);
      writeLauncher(payaraMicro, library, root);
      placeMonitoringAgent(root);
      MicroStores.replace(root.resolve("config"));
      Os.copyRecursively(root.resolve("config"), pristineConfig);
      Files.writeString(stampFile, stamp);
    }
    return new MicroRoot(root, pristineConfig, jvmOptions);
  }

  /** Puts back the configuration the launcher was written with and drops what the last start deployed. */
  void reset() throws IOException {
    for (String left : List.of("config", "applications", "generated", "autodeploy")) {
      Os.deleteRecursively(root.resolve(left));
    }
    Os.copyRecursively(pristineConfig, root.resolve("config"));
  }

  Path launcher() {
    return root.resolve(LAUNCHER);
  }

  /** The class data archive of this root's JVM (see {@link ClassDataArchive}). */
  ClassDataArchive archive() {
    return archive;
  }

  /**
   * Payara's monitoring probes (the connection pool's statistics behind jobbro_db_pool_*) need its flashlight agent.
   * When {@code set-monitoring-level} switches them on, Payara attaches the agent to its own JVM, from
   * {@code <install root>/lib/monitor/flashlight-agent.jar} as in Payara Server; Payara Micro's root has the jar only
   * among its runtime jars, so it goes where Payara looks. Attaching it then rather than with {@code -javaagent} at
   * the JVM's start is what lets the class data archive and the agent run together ({@link ClassDataArchive}); JDK 17
   * lets a JVM attach to itself only with {@code -Djdk.attach.allowAttachSelf=true}, which the launcher sets.
   */
  private static void placeMonitoringAgent(Path root) throws IOException {
    Path monitor = Files.createDirectories(root.resolve("lib").resolve("monitor"));
    Files.copy(root.resolve("runtime").resolve("flashlight-agent.jar"), monitor.resolve("flashlight-agent.jar"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Path, size and time: the JDK checks the archive's class path the same way. */
  private static String fileStamp(Path file) throws IOException {
    return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file);
  }

  /**
   * {@code java -jar payara-micro.jar --rootdir root --addlibs library --outputlauncher}: unpacks the runtime once
   * (about 2 s). The launcher refuses {@code --addlibs} itself; it names the library by its absolute path instead.
   */
  private static void writeLauncher(Path payaraMicro, Path library, Path root) throws IOException {
    Files.createDirectories(root.getParent());
    Path log = root.getParent().resolve(root.getFileName() + "-launcher.log");
    Process unpack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        payaraMicro.toString(), "--rootdir", root.toString(), "--addlibs", library.toString(),
        "--outputlauncher")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!unpack.waitFor(5, TimeUnit.MINUTES) || unpack.exitValue() != 0
          || !Files.isRegularFile(root.resolve(LAUNCHER))) {
        unpack.destroyForcibly();
        throw new IOException("Payara Micro could not write its launcher; see " + log);
      }
    } catch (InterruptedException e) {
      unpack.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Payara Micro wrote its launcher", e);
    }
  }
}
