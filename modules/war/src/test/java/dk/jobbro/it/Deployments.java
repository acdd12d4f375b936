package dk.jobbro.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the in-container test classes that add a probe deploy through Arquillian: the real WAR that {@code mvn package}
 * built, not a hand-picked subset. Every other test class uses the one {@link SharedDeployment}.
 */
public final class Deployments {

  /**
   * The lock the classes that deploy their own WAR hold while they run (JUnit's {@code @ResourceLock}): the test
   * classes run side by side, but Arquillian deploys every such WAR under the same name and context root, so only one
   * of them may be deployed at a time.
   */
  public static final String OWN = "dk.jobbro.it.own-deployment";

  private Deployments() {}

  public static WebArchive jobbro() {
    File war = new File(System.getProperty("jobbro.war", "target/jobbro.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn verify does): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
