package dk.jobbro.api.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two rules a household's takeover turns on: who is a child, and what a child needs of the kommune. */
class HouseholdRulesTest {

  private static final LocalDate BORN = LocalDate.of(2019, 3, 15);

  @Test
  void theProgrammeStartsOnThe18thBirthday() {
    LocalDate adult = LocalDate.of(2008, 6, 1);
    assertThat(ProgrammeAge.reachedOn(adult, LocalDate.of(2026, 5, 31))).isFalse();
    assertThat(ProgrammeAge.reachedOn(adult, LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(ProgrammeAge.reachedOn(BORN, LocalDate.of(2026, 12, 6))).isFalse();
  }

  @Test
  void daycareUntilSchoolStartsOnTheFirstOfAugustOfTheYearTheChildTurnsSix() {
    assertThat(CareNeed.of(BORN, LocalDate.of(2025, 7, 31))).isEqualTo(CareNeed.DAYCARE);
    assertThat(CareNeed.of(BORN, LocalDate.of(2025, 8, 1))).isEqualTo(CareNeed.SCHOOL);
    // a child born in December starts in the same August, still 5
    assertThat(CareNeed.of(LocalDate.of(2019, 12, 20), LocalDate.of(2025, 8, 1))).isEqualTo(CareNeed.SCHOOL);
  }

  @Test
  void schoolForTheTenYearsOfUndervisningspligtThenYouthEducation() {
    assertThat(CareNeed.of(BORN, LocalDate.of(2035, 7, 31))).isEqualTo(CareNeed.SCHOOL);
    assertThat(CareNeed.of(BORN, LocalDate.of(2035, 8, 1))).isEqualTo(CareNeed.YOUTH_EDUCATION);
  }
}
