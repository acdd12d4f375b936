package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.FirstOfferStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstOfferClockTest {

  @ParameterizedTest(name = "latest {0}, met {1}, today {2}: {3}, days left {4}")
  @CsvSource(nullValues = "-", value = {
      "2026-02-28, -,          2026-02-01, OPEN,        27",
      "2026-02-28, -,          2026-02-24, OPEN,        4",
      "2026-02-28, -,          2026-02-25, DUE_SOON,    3",
      "2026-02-28, -,          2026-02-28, DUE_SOON,    0",
      "2026-02-28, -,          2026-03-01, OVERDUE,     -1",
      "2026-02-28, 2026-02-28, 2026-03-10, MET_ON_TIME, -",
      "2026-02-28, 2026-02-10, 2026-02-01, MET_ON_TIME, -",
      "2026-02-28, 2026-03-01, 2026-03-10, MET_LATE,    -"})
  void statusAndDaysLeft(LocalDate latest, LocalDate metOn, LocalDate today, FirstOfferStatus status, Long left) {
    assertThat(FirstOfferClock.status(latest, metOn, today, 3)).isEqualTo(status);
    assertThat(FirstOfferClock.daysLeft(latest, metOn, today)).isEqualTo(left);
  }
}
