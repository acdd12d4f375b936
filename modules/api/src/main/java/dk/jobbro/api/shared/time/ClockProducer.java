package dk.jobbro.api.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every deadline is measured with. Danish deadlines run on Danish calendar days, whatever time zone the
 * server is set to.
 */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** Dependent scope: Clock is a JDK class that should not be proxied. */
  @Produces
  Clock clock() {
    return Clock.system(DANISH_TIME);
  }
}
