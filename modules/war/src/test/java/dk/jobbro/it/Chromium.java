package dk.jobbro.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium for the end-to-end tests: installed with apt-get when missing and the build runs as root
 * (as CI does); Chromium cannot download a browser of its own here.
 */
public final class Chromium {

  private static final Path BINARY = Path.of("/usr/bin/chromium");

  private Chromium() {}

  public static synchronized Path ensureInstalled() throws IOException, InterruptedException {
    if (Files.isExecutable(BINARY)) {
      return BINARY;
    }
    if (new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
      throw new IllegalStateException("Chromium is missing: install Debian's 'chromium' package (sudo apt-get "
          + "install chromium), or run the build as root, which installs it");
    }
    run(List.of("bash", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"),
        600);
    return BINARY;
  }

  /** Loads a page, lets its scripts run, and returns the DOM as rendered. */
  public static String renderedDom(String url) throws IOException, InterruptedException {
    return run(command(url, "--dump-dom"), 120);
  }

  /**
   * Loads a page once, saves a screenshot of it and returns the DOM as rendered: one browser start instead of two
   * (each costs a few seconds of CPU on a small machine).
   */
  public static String renderedDomAndScreenshot(String url, Path png) throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    return run(command(url, "--dump-dom", "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,2200"), 120);
  }

  private static List<String> command(String url, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--virtual-time-budget=20000",
        "--user-data-dir=" + Files.createTempDirectory("chromium")));
    command.addAll(List.of(extra));
    command.add(url);
    return command;
  }

  private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile("chromium", ".out");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command.get(0));
    }
    String output = Files.readString(out);
    Files.deleteIfExists(out);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(command.get(0) + " failed with exit " + p.exitValue());
    }
    return output;
  }
}
