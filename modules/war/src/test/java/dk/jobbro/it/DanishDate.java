package dk.jobbro.it;

import dk.jobbro.api.shared.time.ClockProducer;
import java.time.LocalDate;

/**
 * Today as the server counts days: in Danish time, whatever the test machine's time zone. Between 23:00 and midnight
 * UTC (22:00 in summer) a machine on UTC is still on yesterday while the server, and every deadline it computes, is
 * already on today.
 */
public final class DanishDate {

  private DanishDate() {}

  public static LocalDate today() {
    return LocalDate.now(ClockProducer.DANISH_TIME);
  }
}
