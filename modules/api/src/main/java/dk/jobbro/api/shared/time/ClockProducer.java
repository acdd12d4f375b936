package dk.jobbro.api.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The clock every deadline is measured with. Danish deadlines run on Danish calendar days, whatever time zone the
 * server is set to.
 */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /**
   * The first moment of a Danish calendar day, for comparing a day with a stored instant: SQL would turn a date into
   * midnight in the session's time zone, which is the server's and need not be Danish.
   */
  public static ZonedDateTime danishMidnight(LocalDate day) {
    return day.atStartOfDay(DANISH_TIME);
  }

  /** Dependent scope: Clock is a JDK class that should not be proxied. */
  @Produces
  Clock clock() {
    return Clock.system(DANISH_TIME);
  }
}
