package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * How the build and the test environment's boot, which runs in a JVM of its own while Maven runs the war's unit tests
 * (ItEnvironment {@code boot}), find each other: through two small files in the devenv directory. The boot writes its
 * state ({@code BOOTING} and its own process id, then {@code READY}, or {@code FAILED} and why) under the process id
 * of the Maven JVM that started it, so a state left over from an earlier build is never taken for this one's. The
 * build, once it needs the environment, waits for the end of the boot and then says that it took the environment
 * over. A boot whose build ends before that (a unit test failed, Ctrl-C, the Maven JVM killed) stops what it started.
 *
 * <p>The boot starts right after the war module's main classes are compiled, long before the WAR exists; it waits for
 * the build's steps it depends on ({@link #WAR_BUILT}), which Maven announces by running {@link #main} in a short JVM
 * of its own after the step (war POM), a child of the Maven JVM like the boot itself.
 */
final class BootHandshake {

  /** Longer than any boot took here, also on a machine whose load average was 40. */
  static final Duration BOOT_TIMEOUT = Duration.ofMinutes(10);

  private static final String BOOTING = "BOOTING";
  private static final String READY = "READY";
  private static final String FAILED = "FAILED";

  /** The step after which the WAR is whole (maven-war-plugin has written it): the boot may deploy it. */
  static final String WAR_BUILT = "war-built";

  private final Path devenv;
  private final Path stateFile;
  private final Path takenOver;
  /**
   * In the boot's JVM the Maven JVM that started it, taken at the start: once that has ended, the boot is an orphan
   * whose parent is init. (The Maven JVM should destroy it at its exit, but exec-maven-plugin's destroyer does not
   * always manage once the build has ended.) In the short JVM that announces a step ({@link #main}) the same Maven
   * JVM. Not used by {@link #takeOver}, which runs inside the Maven JVM.
   */
  private final ProcessHandle build = ProcessHandle.current().parent().orElseThrow();

  BootHandshake(Path devenv) {
    this.devenv = devenv;
    this.stateFile = devenv.resolve("it-boot.state");
    this.takenOver = devenv.resolve("it-boot.taken-over");
  }

  // --- the boot's side ---------------------------------------------------------------------------------------------

  /** Clears what an earlier build left and says who boots, so that the build notices if this JVM dies unheard. */
  void bootStarting() throws IOException {
    Files.deleteIfExists(takenOver);
    writeState(BOOTING + " " + ProcessHandle.current().pid());
  }

  void bootReady() throws IOException {
    writeState(READY);
  }

  void bootFailed(Throwable why) throws IOException {
    writeState(FAILED + " " + why);
  }

  /** Written whole or not at all: the build reads the file while the boot runs. */
  private void writeState(String state) throws IOException {
    writeWhole(stateFile, buildPid() + " " + state);
  }

  /** Replaces the file with one line, whole or not at all, for the other JVM that reads it meanwhile. */
  private static void writeWhole(Path file, String line) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.writeString(next, line + "\n");
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Waits until the build has taken the environment over (true) or its JVM has ended without doing so (false): the
   * boot's JVM is the Maven JVM's child, which destroys it at its own exit but cannot when killed.
   */
  boolean awaitTakeOver() throws InterruptedException {
    while (build.isAlive()) {
      if (takenOver()) {
        return true;
      }
      Thread.sleep(200);
    }
    return takenOver();
  }

  /**
   * Waits until the build has announced the step; {@code between} runs before every look and throws to give up
   * (the build ended). A file from an earlier build names another Maven JVM and is not taken for this one's.
   */
  void awaitStep(String step, Runnable between) throws IOException, InterruptedException {
    String expected = buildPid() + " " + step;
    Path file = stepFile(step);
    await(step, () -> Files.exists(file) && Files.readString(file).strip().equals(expected), between);
  }

  /** Something the boot can look at to know that the build has done a step. */
  interface Done {
    boolean yet() throws IOException;
  }

  /** Waits until {@code done} says the step is done, running {@code between} (which may throw) before each look. */
  static void await(String step, Done done, Runnable between) throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + BOOT_TIMEOUT.toNanos();
    while (System.nanoTime() < giveUp) {
      between.run();
      if (done.yet()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the build did not reach step " + step + " within " + BOOT_TIMEOUT);
  }

  boolean takenOver() {
    return Files.exists(takenOver);
  }

  /** Whether the build that started this boot has ended (the boot's side). */
  boolean buildEnded() {
    return !build.isAlive();
  }

  private long buildPid() {
    return build.pid();
  }

  private Path stepFile(String step) {
    return devenv.resolve("it-step." + step);
  }

  // --- the build's side ---------------------------------------------------------------------------------------------

  /**
   * {@code BootHandshake <devenv dir> <step>}: says that the build (this JVM's parent, the Maven JVM) has done the
   * step. Written whole or not at all, so the boot never reads half of it.
   */
  public static void main(String[] args) throws IOException {
    BootHandshake handshake = new BootHandshake(Path.of(args[0]));
    writeWhole(handshake.stepFile(args[1]), handshake.buildPid() + " " + args[1]);
  }

  /**
   * Waits for this build's boot to end and takes the environment over; throws with the boot's reason when it failed,
   * or when it never said anything.
   */
  void takeOver() throws IOException, InterruptedException {
    String self = Long.toString(ProcessHandle.current().pid());
    long giveUp = System.nanoTime() + BOOT_TIMEOUT.toNanos();
    Optional<String> state = readState(self);
    while (state.map(s -> s.startsWith(BOOTING)).orElse(true) && System.nanoTime() < giveUp) {
      if (state.isPresent() && !alive(state.get().substring(BOOTING.length()).strip())) {
        throw new IllegalStateException("the test environment's boot ended without finishing (killed?); see its "
            + "output above");
      }
      Thread.sleep(200);
      state = readState(self);
    }
    String said = state.filter(s -> !s.startsWith(BOOTING)).orElseThrow(() -> new IllegalStateException(
        "the test environment's boot (execution it-environment-boot of the war POM) did not finish within "
            + BOOT_TIMEOUT + "; see its output above"));
    if (!said.startsWith(READY)) {
      throw new IllegalStateException("the test environment's boot failed: " + said + " (see its output above)");
    }
    Files.writeString(takenOver, self + "\n");
  }

  private static boolean alive(String pid) {
    return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The state the boot of the build with the given Maven JVM wrote, without that id; empty while none. */
  private Optional<String> readState(String buildPid) throws IOException {
    if (!Files.exists(stateFile)) {
      return Optional.empty();
    }
    String text = Files.readString(stateFile).strip();
    int space = text.indexOf(' ');
    if (space < 0 || !text.substring(0, space).equals(buildPid)) {
      return Optional.empty(); // an earlier build's
    }
    return Optional.of(text.substring(space + 1));
  }
}
