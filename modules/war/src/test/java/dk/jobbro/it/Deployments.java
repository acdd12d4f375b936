package dk.jobbro.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the in-container test classes that add a probe deploy through Arquillian: the real WAR that {@code mvn package}
 * built, not a hand-picked subset. Every other test class uses the one {@link SharedDeployment}.
 *
 * <p>The test classes run side by side (failsafe's JUnit configuration), but these classes are marked
 * {@code @Execution(SAME_THREAD)}: they then run one after another on the thread that starts the others, while the
 * black-box classes run on the other threads. One at a time, because Arquillian deploys each of their WARs under the
 * same name and context root; on one thread, because Arquillian keeps its active contexts per thread.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive jobbro() {
    File war = new File(System.getProperty("jobbro.war", "target/jobbro.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn verify does): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
