package dk.jobbro.employers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The IGU date rules at each boundary. */
class IguRulesTest {

  private static final LocalDate APRIL_30 = LocalDate.of(2021, 4, 30);
  private static final LocalDate MAY_1 = LocalDate.of(2021, 5, 1);

  @Test
  void schoolWeeksAre20BeforeMay2021And23From() {
    assertThat(IguRules.schoolWeeks(APRIL_30)).isEqualTo(20);
    assertThat(IguRules.schoolWeeks(MAY_1)).isEqualTo(23);
    assertThat(IguRules.schoolWeeks(LocalDate.of(2016, 7, 1))).isEqualTo(20);
  }

  @Test
  void theForloebRuns24Months() {
    assertThat(IguRules.plannedEnd(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2028, 1, 15));
    // a start on 29 February ends on 28 February two years later
    assertThat(IguRules.plannedEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(IguRules.plannedEnd(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2028, 8, 31));
  }

  @Test
  void bonusIsDueAfter6MonthsAndAtTheEnd() {
    LocalDate start = LocalDate.of(2026, 8, 31);
    assertThat(IguRules.sixMonthBonusDue(start)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(IguRules.completionBonusDue(start)).isEqualTo(LocalDate.of(2028, 8, 31));
    assertThat(IguRules.BONUS_KR).isEqualTo(20_000);
  }

  @Test
  void vitasIsDueOneMonthAfterSigningAndLateTheDayAfter() {
    LocalDate signed = LocalDate.of(2026, 1, 31);
    assertThat(IguRules.vitasDue(signed)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(IguRules.vitasLate(signed, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(IguRules.vitasLate(signed, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(IguRules.vitasLate(signed, null, LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(IguRules.vitasLate(signed, null, LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void beforeMay2021AnyEarlierOrdinaryJobAtTheCompanyBlocks() {
    assertThat(IguRules.ordinaryJobBlocks(APRIL_30, null)).isFalse();
    assertThat(IguRules.ordinaryJobBlocks(APRIL_30, LocalDate.of(2015, 1, 1))).isTrue();
  }

  @Test
  void fromMay2021OnlyAJobInTheLast3MonthsBlocks() {
    assertThat(IguRules.ordinaryJobBlocks(MAY_1, LocalDate.of(2015, 1, 1))).isFalse();
    assertThat(IguRules.ordinaryJobBlocks(MAY_1, LocalDate.of(2021, 1, 31))).isFalse();
    assertThat(IguRules.ordinaryJobBlocks(MAY_1, LocalDate.of(2021, 2, 1))).isTrue(); // exactly 3 months before
    assertThat(IguRules.ordinaryJobBlocks(MAY_1, LocalDate.of(2021, 4, 30))).isTrue();
    assertThat(IguRules.ordinaryJobBlocks(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 2, 27))).isFalse();
    assertThat(IguRules.ordinaryJobBlocks(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 2, 28))).isTrue();
  }

  @Test
  void plannedHoursMustAverageAtLeast25() {
    assertThat(IguRules.hoursProblems(25)).isEmpty();
    assertThat(IguRules.hoursProblems(24.5)).hasSize(1);
    assertThat(IguRules.hoursProblems(60)).isEmpty();
    assertThat(IguRules.hoursProblems(60.5)).hasSize(1);
  }
}
