package dk.jobbro.it;

import dk.jobbro.devenv.ItEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The real WAR plus the test-only probes ({@link Deployments#withProbes()}), deployed once beside the
 * {@link SharedDeployment} for the classes that drive or read a probe. Those classes run in a failsafe execution of
 * their own after the black-box classes (war POM). The black-box classes' JVM deploys it in the background once the
 * classes that must see the shared WAR alone have run ({@link EarlyProbeDeployment}); the probe classes find it
 * deployed then, or deploy it themselves when the first of them asks (a run of chosen classes). Both deployments run
 * their timers and workers against the one test database, as two instances of a cluster would.
 */
public final class ProbeDeployment {

  /** This JVM's deployment of the probe WAR, once it has been started or found done. */
  private static CompletableFuture<Void> deployment;

  private ProbeDeployment() {}

  /** The probe deployment's base URL, ending with its context root and a slash; deploys it the first time. */
  public static URL url() {
    CompletableFuture<Void> ready;
    synchronized (ProbeDeployment.class) {
      if (deployment == null) {
        // done by the black-box classes' JVM (this run's domain), or else deployed here and now
        deployment = ItEnvironment.probeWarDeployed() ? CompletableFuture.completedFuture(null) : start();
      }
      ready = deployment;
    }
    ready.join();
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

  /** Starts deploying the probe WAR on a thread of its own, unless this JVM has already started it. */
  static synchronized void deployInBackground() {
    if (deployment == null) {
      deployment = start();
    }
  }

  /**
   * Waits for a deployment started here. A failure is printed, not thrown: the probe classes' JVM finds no
   * deployment then, deploys the WAR itself and fails there, in the class that needs it.
   */
  static void awaitBackground() {
    CompletableFuture<Void> started;
    synchronized (ProbeDeployment.class) {
      started = deployment;
    }
    if (started != null) {
      try {
        started.join();
      } catch (CompletionException e) {
        System.out.println("[jobbro-it] the probe WAR's deployment in the background failed; the probe classes "
            + "deploy it again:");
        e.getCause().printStackTrace(System.out);
      }
    }
  }

  private static CompletableFuture<Void> start() {
    return CompletableFuture.runAsync(() -> {
      try {
        ItEnvironment.deployProbeWar();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }, task -> new Thread(task, "probe-deployment").start());
  }
}
