package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.LanguageLevel;
import org.junit.jupiter.api.Test;

/** The points behind a candidate's score; the SQL in {@link CandidateQueries} adds them up the same way. */
class CandidateScoringTest {

  @Test
  void occupationPointsFallWithEachLostDigitOfTheIscoPrefix() {
    assertThat(CandidateQueries.occupationPoints(4)).isEqualTo(40);
    assertThat(CandidateQueries.occupationPoints(3)).isEqualTo(30);
    assertThat(CandidateQueries.occupationPoints(2)).isEqualTo(20);
    assertThat(CandidateQueries.occupationPoints(1)).isEqualTo(10);
    assertThat(CandidateQueries.occupationPoints(0)).isZero();
  }

  @Test
  void languagesShareTheirPointsAndNoRequirementIsFullyMet() {
    assertThat(CandidateQueries.languagePoints(0, 0)).isEqualTo(30);
    assertThat(CandidateQueries.languagePoints(1, 2)).isEqualTo(15);
    assertThat(CandidateQueries.languagePoints(2, 2)).isEqualTo(30);
    assertThat(CandidateQueries.languagePoints(0, 1)).isZero();
  }

  @Test
  void educationCountsFromUpperSecondary() {
    assertThat(CandidateQueries.educationPoints(-1)).isZero();
    assertThat(CandidateQueries.educationPoints(1)).isZero();
    assertThat(CandidateQueries.educationPoints(2)).isEqualTo(5);
    assertThat(CandidateQueries.educationPoints(3)).isEqualTo(10);
    assertThat(CandidateQueries.educationPoints(8)).isEqualTo(10);
  }

  @Test
  void plainLevelsSitOnTheCefrScaleAndSqlAgreesWithJava() {
    assertThat(CandidateQueries.rank(LanguageLevel.GOOD)).isEqualTo(CandidateQueries.rank(LanguageLevel.B1));
    assertThat(CandidateQueries.rank(LanguageLevel.BASIC)).isLessThan(CandidateQueries.rank(LanguageLevel.B1));
    assertThat(CandidateQueries.rank(LanguageLevel.FLUENT)).isGreaterThan(CandidateQueries.rank(LanguageLevel.B2));
    for (LanguageLevel level : LanguageLevel.values()) {
      assertThat(CandidateQueries.rank(level)).isEqualTo(level.rank());
      assertThat(CandidateQueries.LANGUAGE_RANK).contains("when '" + level.name() + "' then " + level.rank());
    }
  }
}
