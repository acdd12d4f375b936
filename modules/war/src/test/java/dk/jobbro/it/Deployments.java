package dk.jobbro.it;

import dk.jobbro.it.probe.EventProbe;
import dk.jobbro.it.probe.EventProbeResource;
import dk.jobbro.it.probe.OutboxProbe;
import dk.jobbro.it.probe.OutboxProbeResource;
import dk.jobbro.it.probe.PlatformProbeResource;
import dk.jobbro.it.probe.ScheduleProbe;
import dk.jobbro.it.probe.ScheduleProbeResource;
import dk.jobbro.it.probe.SwitchedOffScheduleProbe;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WARs the in-container tests run against, both built from the real WAR that {@code mvn package} built, not a
 * hand-picked subset, and each deployed once:
 * <ul>
 *   <li>{@link SharedDeployment}: the real WAR as it is, for every black-box class (ItEnvironment deploys it before
 *       the first test class);</li>
 *   <li>{@link ProbeDeployment}: {@link #withProbes()}, the real WAR plus the test-only resources of
 *       {@code it/probe}, for the few classes that must look inside the application (events seen by an observer,
 *       a transaction that rolls back after firing an event, timers of a scheduled job, the JPA provider).</li>
 * </ul>
 * The benchmarks still deploy {@link #jobbro()} through Arquillian.
 */
public final class Deployments {

  /** The probe deployment's name and context root in the test domain. */
  public static final String PROBES_NAME = "jobbro-probes";

  /**
   * Settings of the probe deployment that make slow things fast enough to watch, in a config source of its own that
   * outranks the WAR's and the domain's (ordinal 500). Webhooks (WebhooksIT): rounds every 200 ms; their 3 attempts,
   * 200 ms apart, are the test domain's, for both deployments (ItEnvironment). Retention (PrivacyIT): closed cases
   * after a year, ended handovers after a day, access-log rows after 4 seconds; they matter only when a retention run
   * is asked for. The nightly retention jobs (03:17, 03:27) are switched off in the test domain (ItEnvironment), so a
   * run that crosses them loses nothing.
   */
  static final String PROBE_SETTINGS = """
      config_ordinal=500
      jobbro.webhooks.poll-interval=PT0.2S
      jobbro.webhooks.timeout=PT5S
      jobbro.retention.closed-case=P365D
      jobbro.retention.ended-handover=P1D
      jobbro.retention.access-log=PT4S
      """;

  private Deployments() {}

  /** The real WAR. */
  public static WebArchive jobbro() {
    File war = new File(System.getProperty("jobbro.war", "target/jobbro.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn verify does): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The real WAR with every probe of {@code it/probe} and the {@link #PROBE_SETTINGS}. */
  public static WebArchive withProbes() {
    JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "probe-settings.jar")
        .addAsManifestResource(new StringAsset(PROBE_SETTINGS), "microprofile-config.properties");
    return jobbro().addClasses(EventProbe.class, EventProbeResource.class, OutboxProbe.class,
        OutboxProbeResource.class, ScheduleProbe.class, ScheduleProbeResource.class, SwitchedOffScheduleProbe.class,
        PlatformProbeResource.class).addAsLibrary(settings);
  }
}
