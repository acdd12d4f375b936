package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.FirstOfferDeadline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstOfferRuleTest {

  @ParameterizedTest(name = "takeover {0}: target {1}, latest {2}")
  @CsvSource({
      "2026-07-01, 2026-07-15, 2026-08-01",
      "2026-01-31, 2026-02-14, 2026-02-28", // a month after 31 January is the end of February
      "2024-01-31, 2024-02-14, 2024-02-29", // ... in a leap year the 29th
      "2026-12-20, 2027-01-03, 2027-01-20", // across New Year
      "2026-03-31, 2026-04-14, 2026-04-30", // 30-day month
      "2028-02-29, 2028-03-14, 2028-03-29",
      "2026-02-28, 2026-03-14, 2026-03-28"})
  void targetIsTwoWeeksAndLatestOneCalendarMonthAfterTakeover(LocalDate takeover, LocalDate target, LocalDate latest) {
    assertThat(FirstOfferRule.forTakeover(takeover)).isEqualTo(new FirstOfferDeadline(target, latest));
  }
}
