package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A static class data sharing (CDS) archive of the classes Payara Micro loads from its kept runtime, made without a
 * manual step: a start that finds no archive lists the classes it loads ({@code -XX:DumpLoadedClassList}, which costs
 * next to nothing), and once that start is ready a separate JVM writes the archive from the list
 * ({@code -Xshare:dump}, in the background, about 25 s of CPU). Every later start maps it.
 *
 * <p>Why static and not a dynamic archive ({@code -XX:ArchiveClassesAtExit}, which also covers the WAR's libraries):
 * Payara generates classes at run time and defines them in the application class loader (the EJB container's
 * {@code _SystemInterceptorProxy_Serializable}, say). A dynamic archive on JDK 17 keeps them as if they came from a
 * jar of the class path, and once the flashlight agent (the pool statistics behind jobbro_db_pool_*) has switched on
 * its class-file hook, loading such a class makes the JVM read its bytes from that jar, find none and crash (SIGSEGV in
 * {@code KlassFactory::check_shared_class_file_load_hook}). A static dump loads each listed class from the class path
 * by name, so a generated class is skipped and the archive holds only classes whose bytes the JVM can read back.
 *
 * <p>When the dump fails the starts go on without an archive (a marker file says so, with the dump's log beside it)
 * until the root is made anew. A dump cut short (Ctrl-C while it runs) leaves nothing, and the next start lists again.
 */
final class ClassDataArchive {

  private static final String ARCHIVE = "classes.jsa";
  private static final String CLASS_LIST = "classes.lst";
  private static final String FAILED = "classes.jsa.failed";

  private final Path root;
  private final List<String> jvmOptions;
  /** The dump this start began, done once its archive is kept (or given up); null when it began none. */
  private java.util.concurrent.CompletableFuture<Void> dump;

  /**
   * @param root the Payara Micro root the archive belongs to; {@link MicroRoot} makes it anew (and so drops the
   *     archive) whenever the JDK, the JVM options or the runtime's jars change, which would make the archive unusable
   * @param jvmOptions the options Payara Micro runs with; the dump uses the same (the heap size decides how archived
   *     objects are addressed)
   */
  ClassDataArchive(Path root, List<String> jvmOptions) {
    this.root = root;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * Whether starts use an archive: on HotSpot, which knows the options, unless switched off with
   * {@code -Djobbro.run.cds=false}.
   */
  static boolean enabled() {
    String vm = System.getProperty("java.vm.name", "");
    return Boolean.parseBoolean(System.getProperty("jobbro.run.cds", "true"))
        && (vm.contains("HotSpot") || vm.startsWith("OpenJDK"));
  }

  /** The JVM options of the next start: map the archive, or list the classes for one, or nothing. */
  List<String> options() throws IOException {
    if (!enabled() || Files.exists(root.resolve(FAILED))) {
      return List.of();
    }
    if (Files.isRegularFile(root.resolve(ARCHIVE))) {
      return List.of("-XX:SharedArchiveFile=" + root.resolve(ARCHIVE));
    }
    Files.deleteIfExists(root.resolve(CLASS_LIST));
    return List.of("-XX:DumpLoadedClassList=" + root.resolve(CLASS_LIST));
  }

  /**
   * Once the start that listed its classes is ready: writes the archive from the list so far (what a start loads
   * up to ready is what the next start needs) in a JVM of its own, at low priority. Does nothing when this start had
   * no list to write.
   */
  void dumpInBackground(Path launcher) throws IOException {
    Path list = root.resolve(CLASS_LIST);
    if (dump != null || !Files.isRegularFile(list)) {
      return;
    }
    Path snapshot = root.resolve(CLASS_LIST + ".ready");
    Files.write(snapshot, completeLines(Files.readAllBytes(list)));
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
      command.addAll(List.of("/usr/bin/nice", "-n", "10"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + snapshot,
        "-XX:SharedArchiveFile=" + recording(), "-cp", launcher.toString()));
    Files.deleteIfExists(recording());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
    // kept as soon as it is written, so that a quick start left running (or killed) still leaves it to the next one
    dump = process.onExit().thenAccept(ended -> keep(ended.exitValue()));
    System.out.println("[jobbro] writing a class data archive for the next starts in the background (log " + log()
        + ")");
  }

  /** Waits for the dump this start began, if any (a benchmark's next start should find its archive). */
  void finish() throws InterruptedException {
    if (dump != null) {
      try {
        dump.get();
      } catch (java.util.concurrent.ExecutionException e) {
        System.out.println("[jobbro] no class data archive: " + e.getCause());
      }
      dump = null;
    }
  }

  /**
   * Keeps the archive a dump wrote. A dump that ended with an error leaves the marker that keeps later starts from
   * trying again; one ended by a signal (Ctrl-C, exit status above 128) leaves nothing, and the next start lists again.
   */
  private void keep(int exit) {
    try {
      Files.deleteIfExists(root.resolve(CLASS_LIST + ".ready"));
      if (exit == 0 && Files.isRegularFile(recording()) && Files.size(recording()) > 0) {
        Files.move(recording(), root.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(root.resolve(CLASS_LIST));
      } else if (exit < 128) {
        Files.writeString(root.resolve(FAILED), "the class data archive could not be written (exit " + exit
            + "); see " + log() + "\n");
        System.out.println("[jobbro] no class data archive (see " + log() + "); starts go on without one");
      }
      Files.deleteIfExists(recording());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path recording() {
    return root.resolve(ARCHIVE + ".recording");
  }

  private Path log() {
    return root.resolveSibling(root.getFileName() + "-archive.log");
  }

  /** The bytes up to and including the last line break: the JVM may be writing the list's last line right now. */
  static byte[] completeLines(byte[] list) {
    int end = list.length;
    while (end > 0 && list[end - 1] != '\n') {
      end--;
    }
    return java.util.Arrays.copyOf(list, end);
  }
}
