package dk.jobbro.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A static class data sharing (CDS) archive of the classes Payara Micro loads up to ready, made without a manual step:
 * a start that finds no archive lists the classes it loads ({@code -XX:DumpLoadedClassList} for the JDK's built-in
 * loaders, the class-loading log for the rest, see {@link OtherLoaderClasses}; both cost next to nothing), and once
 * that start is ready a separate JVM writes the archive from the list ({@code -Xshare:dump}, in the background, about
 * 40 s of CPU). Every later start maps it.
 *
 * <p>Why static and not a dynamic archive ({@code -XX:ArchiveClassesAtExit}, which also covers the WAR's libraries):
 * Payara generates classes at run time and defines them in the application class loader (the EJB container's
 * {@code _SystemInterceptorProxy_Serializable}, say). A dynamic archive on JDK 17 keeps them as if they came from a
 * jar of the class path, and once the flashlight agent (the pool statistics behind jobbro_db_pool_*) has switched on
 * its class-file hook, loading such a class makes the JVM read its bytes from that jar, find none and crash (SIGSEGV in
 * {@code KlassFactory::check_shared_class_file_load_hook}). A static dump loads each listed class from the class path
 * by name, so a generated class is skipped and the archive holds only classes whose bytes the JVM can read back.
 *
 * <p>A dump that fails with the other loaders' classes is made again without them; when that fails too the starts go
 * on without an archive (a marker file says so, with the dump's log beside it)
 * until the root is made anew. A dump cut short (Ctrl-C while it runs) leaves nothing, and the next start lists again.
 */
final class ClassDataArchive {

  private static final String ARCHIVE = "classes.jsa";
  private static final String CLASS_LIST = "classes.lst";
  private static final String LOAD_LOG = "classes.load.log";
  /**
   * Copies of the jars under applications/ that the list names, for the dump only: the next start's reset deletes
   * the originals, and the archive, once written, no longer needs them (the JVM matches such a class by its bytes).
   */
  private static final String SOURCES = "archive-sources";
  private static final String FAILED = "classes.jsa.failed";

  private final Path root;
  private final List<String> jvmOptions;
  /** The dump this start began, done once its archive is kept (or given up); null when it began none. */
  private CompletableFuture<Void> dump;
  /** Whether this start lists its classes (set by {@link #options()}); only such a start writes an archive. */
  private boolean listing;

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
    Files.deleteIfExists(root.resolve(LOAD_LOG));
    listing = true;
    return List.of("-XX:DumpLoadedClassList=" + root.resolve(CLASS_LIST),
        // no rotation (the JVM's default keeps 20 MB per file): the list needs the log from its first line
        "-Xlog:class+load=debug:file=" + root.resolve(LOAD_LOG) + ":uptime,level,tags:filecount=0");
  }

  /**
   * Once the start that listed its classes is ready: writes the archive from the list so far (what a start loads
   * up to ready is what the next start needs) in a JVM of its own, at low priority. Does nothing when this start had
   * no list to write.
   */
  void dumpInBackground(Path launcher) throws IOException {
    Path list = root.resolve(CLASS_LIST);
    if (!listing || dump != null || !Files.isRegularFile(list)) {
      return;
    }
    List<String> builtIn = completeLines(Files.readAllBytes(list));
    List<String> others = Files.isRegularFile(root.resolve(LOAD_LOG))
        ? OtherLoaderClasses.classListLines(completeLines(Files.readAllBytes(root.resolve(LOAD_LOG))),
            this::readableJar)
        : List.of();
    Files.deleteIfExists(log());
    List<String> all = new ArrayList<>(builtIn);
    all.addAll(others);
    dump = startDump(launcher, all).thenCompose(exit -> exit == 0 || exit >= 128 || others.isEmpty()
        ? CompletableFuture.completedFuture(exit)
        : startDump(launcher, builtIn)).thenAccept(this::keep);
    System.out.println("[jobbro] writing a class data archive for the next starts in the background (log " + log()
        + ")");
  }

  /** Runs one dump from the given list, at low priority, and completes with its exit status. */
  private CompletableFuture<Integer> startDump(Path launcher, List<String> classList) {
    try {
      Path snapshot = Files.write(root.resolve(CLASS_LIST + ".ready"), classList);
      List<String> command = new ArrayList<>();
      if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
        command.addAll(List.of("/usr/bin/nice", "-n", "10"));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + snapshot,
          "-XX:SharedArchiveFile=" + recording(), "-cp", launcher.toString()));
      Files.deleteIfExists(recording());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
      return process.onExit().thenApply(Process::exitValue);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Where the dump reads a jar the class-loading log names: the deployed WAR's libraries (under
   * {@code applications/}) are copied aside first, because the next start clears that directory; a jar elsewhere is
   * read where it is.
   */
  private Path readableJar(Path jar) {
    try {
      Path applications = root.resolve("applications");
      if (!jar.startsWith(applications)) {
        return Files.isRegularFile(jar) ? jar : null;
      }
      Path copy = root.resolve(SOURCES).resolve(applications.relativize(jar).toString());
      if (!Files.isRegularFile(copy) && Files.isRegularFile(jar)) {
        Files.createDirectories(copy.getParent());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return Files.isRegularFile(copy) ? copy : null;
    } catch (IOException e) {
      return null; // its classes stay out of the archive
    }
  }

  /** Waits for the dump this start began, if any (a benchmark's next start should find its archive). */
  void finish() throws InterruptedException {
    if (dump != null) {
      try {
        dump.get();
      } catch (ExecutionException e) {
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
      Os.deleteRecursively(root.resolve(SOURCES));
      if (exit == 0 && Files.isRegularFile(recording()) && Files.size(recording()) > 0) {
        Files.move(recording(), root.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(root.resolve(CLASS_LIST));
        Files.deleteIfExists(root.resolve(LOAD_LOG));
      } else if (exit < 128) {
        Files.writeString(root.resolve(FAILED), "the class data archive could not be written (exit " + exit
            + "); see " + log() + "\n");
        System.out.println("[jobbro] no class data archive (see " + log() + "); starts go on without one");
      }
      Files.deleteIfExists(recording());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path recording() {
    return root.resolve(ARCHIVE + ".recording");
  }

  private Path log() {
    return root.resolveSibling(root.getFileName() + "-archive.log");
  }

  /** The lines up to the last line break: the JVM may be writing the last line of the file right now. */
  static List<String> completeLines(byte[] file) {
    int end = file.length;
    while (end > 0 && file[end - 1] != '\n') {
      end--;
    }
    return new String(file, 0, end, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
  }
}
