package dk.jobbro.it;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The real WAR, deployed once before the in-container tests start (ItEnvironment) and shared by every black-box test
 * class: they talk to it over HTTP only, so one deployment serves them all, as one production server serves every
 * client. A class that needs test classes inside the WAR (a probe) deploys its own through Arquillian instead.
 */
public final class SharedDeployment {

  private SharedDeployment() {}

  /** The shared deployment's base URL, ending with its context root and a slash. */
  public static URL url() {
    String url = System.getProperty("it.shared.url");
    if (url == null) {
      throw new IllegalStateException("it.shared.url is not set: run the in-container tests through mvn verify, "
          + "which starts the test domain and deploys the WAR");
    }
    try {
      return new URL(url);
    } catch (MalformedURLException e) {
      throw new IllegalStateException("it.shared.url is no URL: " + url, e);
    }
  }
}
