package dk.jobbro.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the real WAR that {@code mvn package} built, not a hand-picked subset. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive jobbro() {
    File war = new File(System.getProperty("jobbro.war", "target/jobbro.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn verify does): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The real WAR at the context root {@code /}, as server-config/README.md deploys it ({@code --contextroot /}); the
   * other test classes get Arquillian's default, {@code /jobbro}. It matters for {@code /health} and {@code /metrics}:
   * Payara serves them inside the application at the context root, which is where Jobbro's rules for them apply.
   */
  public static WebArchive jobbroAtContextRoot() {
    return jobbro().addAsWebInfResource(new StringAsset("""
        <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
            "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
        <glassfish-web-app><context-root>/</context-root></glassfish-web-app>
        """), "glassfish-web.xml");
  }
}
