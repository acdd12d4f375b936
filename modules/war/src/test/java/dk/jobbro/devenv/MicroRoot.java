package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro root directory kept between starts, optionally with a class data sharing (CDS) archive of what its
 * JVM loads.
 *
 * <p>{@code java -jar payara-micro.jar} unpacks its whole runtime (about 100 MB of jars) into a new directory on every
 * start; the launcher that {@code --outputlauncher} writes runs from a runtime unpacked once. Measured with the
 * one-class WAR of bench/micro-floor.sh: 8.8 s of CPU to ready with the unpacking, 5.8 s without, 3.9 s with the
 * archive as well (bench/README.md, "Cold start"). The archive, when asked for, is recorded by the first start that
 * finds none ({@code -XX:ArchiveClassesAtExit}, written when that JVM exits) and used by every later one.
 *
 * <p>Each start gets the configuration the launcher was written with: Payara Micro keeps what the boot commands
 * changed in {@code config/domain.xml}, and running them again on that would find the pools already there. Anything
 * that does not match any more (another payara-micro.jar, JDBC driver, JDK or JVM options) starts over with a new
 * root.
 */
final class MicroRoot {

  private static final String STAMP = "jobbro-stamp";
  private static final String ARCHIVE = "classes.jsa";
  /** What {@code --outputlauncher} writes into the root. */
  private static final String LAUNCHER = "launch-micro.jar";

  private final Path root;
  private final Path pristineConfig;

  private MicroRoot(Path root, Path pristineConfig) {
    this.root = root;
    this.pristineConfig = pristineConfig;
  }

  /**
   * The root {@code devenv/micro-<name>} for the given Payara Micro jar, library (the JDBC driver) and JVM options,
   * (re)created when missing or made for something else. Each caller that may run beside another (quick start, benchmark) uses its own name.
   */
  static MicroRoot prepare(Path devenv, String name, Path payaraMicro, Path library, List<String> jvmOptions)
      throws IOException {
    Path root = devenv.resolve("micro-" + name);
    Path pristineConfig = devenv.resolve("micro-" + name + "-config");
    String stamp = String.join("\n", fileStamp(payaraMicro), fileStamp(library), System.getProperty("java.home"),
        System.getProperty("java.vm.version"), String.join(" ", jvmOptions));
    Path stampFile = root.resolve(STAMP);
    if (!Files.isRegularFile(stampFile) || !Files.readString(stampFile).equals(stamp)) {
      Os.deleteRecursively(root);
      Os.deleteRecursively(pristineConfig);
      writeLauncher(payaraMicro, library, root);
      Os.copyRecursively(root.resolve("config"), pristineConfig);
      Files.writeString(stampFile, stamp);
    }
    return new MicroRoot(root, pristineConfig);
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

  /**
   * Whether starts use a class data archive: only when asked for ({@code -Djobbro.run.cds=true}) and on HotSpot,
   * which knows the options. Not by default, because the archive and the flashlight agent (the pool statistics behind
   * jobbro_db_pool_*) do not go together on JDK 17: a JVM started with both crashed (SIGSEGV in
   * {@code KlassFactory::check_shared_class_file_load_hook}), and without the agent the pool figures stay 0.
   */
  static boolean classDataSharing() {
    String vm = System.getProperty("java.vm.name", "");
    return Boolean.getBoolean("jobbro.run.cds") && (vm.contains("HotSpot") || vm.startsWith("OpenJDK"));
  }

  /**
   * The JVM options for the archive: use it when there is one, else record it at exit into a file that
   * {@link #keepRecording()} accepts only after the JVM has ended (a JVM killed while writing leaves no archive
   * behind; a bad one the JDK refuses and runs without). The recording start itself costs about twice the CPU.
   */
  List<String> archiveOptions() throws IOException {
    if (!classDataSharing()) {
      return List.of();
    }
    Path archive = root.resolve(ARCHIVE);
    if (Files.isRegularFile(archive)) {
      return List.of("-XX:SharedArchiveFile=" + archive);
    }
    Files.deleteIfExists(recording());
    // the list of classes it cannot archive (generated accessors, unlinked classes) is long and says nothing useful
    return List.of("-XX:ArchiveClassesAtExit=" + recording(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  /** After the JVM that recorded has ended: keeps the archive it wrote, if it wrote one. */
  void keepRecording() throws IOException {
    if (Files.isRegularFile(recording()) && Files.size(recording()) > 0) {
      Files.move(recording(), root.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path recording() {
    return root.resolve(ARCHIVE + ".recording");
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
