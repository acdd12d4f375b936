package dk.jobbro.it;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The real WAR plus the test-only probes ({@link Deployments#withProbes()}), deployed once beside the
 * {@link SharedDeployment} before the in-container tests start, for the classes that drive or read a probe. Both
 * deployments run their timers and workers against the one test database, as two instances of a cluster would.
 */
public final class ProbeDeployment {

  private ProbeDeployment() {}

  /** The probe deployment's base URL, ending with its context root and a slash. */
  public static URL url() {
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
