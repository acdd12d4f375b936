package dk.jobbro.it;

import dk.jobbro.devenv.ItEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * The real WAR plus the test-only probes ({@link Deployments#withProbes()}), deployed once beside the
 * {@link SharedDeployment} for the classes that drive or read a probe, when the first of them asks for it. Those
 * classes run in a failsafe execution of their own after the black-box classes (war POM), which thus never see a
 * second deployment in /health or /metrics. Both deployments run their timers and workers against the one test
 * database, as two instances of a cluster would.
 */
public final class ProbeDeployment {

  private static boolean deployed;

  private ProbeDeployment() {}

  /** The probe deployment's base URL, ending with its context root and a slash; deploys it the first time. */
  public static synchronized URL url() {
    if (!deployed) {
      try {
        ItEnvironment.deployProbeWar();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      deployed = true;
    }
    String url = System.getProperty("it.probes.url");
    if (url == null) {
      throw new IllegalStateException("it.probes.url is not set: run the in-container tests through mvn verify, "
          + "which starts the test domain and deploys the WARs");
    }
    try {
      return new URL(url);
    } catch (MalformedURLException e) {
      throw new IllegalStateException("it.probes.url is no URL: " + url, e);
    }
  }
}
