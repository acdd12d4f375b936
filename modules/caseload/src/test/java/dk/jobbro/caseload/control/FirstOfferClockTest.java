package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.FirstOfferStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstOfferClockTest {

  // Taken over on 31 January 2026: the 14-day target is 14 February, the legal latest date 28 February. The first
  // column is the first offer's start: one that lies after today is planned and meets nothing yet.
  @ParameterizedTest(name = "first offer starts {0}, today {1}: {2}, days left {3}")
  @CsvSource(nullValues = "-", value = {
      "-,          2026-02-01, OPEN,          27",
      "-,          2026-02-10, OPEN,          18",
      "-,          2026-02-11, DUE_SOON,      17",
      "-,          2026-02-14, DUE_SOON,      14",
      "-,          2026-02-15, TARGET_MISSED, 13",
      "-,          2026-02-28, TARGET_MISSED, 0",
      "-,          2026-03-01, OVERDUE,       -1",
      "2026-02-28, 2026-03-10, MET_ON_TIME,   -",
      "2026-02-10, 2026-02-01, OPEN,          27",
      "2026-02-10, 2026-02-09, OPEN,          19",
      "2026-02-10, 2026-02-10, MET_ON_TIME,   -",
      "2026-03-05, 2026-02-20, TARGET_MISSED, 8",
      "2026-03-05, 2026-03-04, OVERDUE,       -4",
      "2026-03-05, 2026-03-05, MET_LATE,      -",
      "2026-03-01, 2026-03-10, MET_LATE,      -"})
  void statusAndDaysLeft(LocalDate metOn, LocalDate today, FirstOfferStatus status, Long left) {
    LocalDate target = LocalDate.parse("2026-02-14");
    LocalDate latest = LocalDate.parse("2026-02-28");
    assertThat(FirstOfferClock.status(target, latest, metOn, today, 3)).isEqualTo(status);
    assertThat(FirstOfferClock.daysLeft(latest, metOn, today)).isEqualTo(left);
  }
}
