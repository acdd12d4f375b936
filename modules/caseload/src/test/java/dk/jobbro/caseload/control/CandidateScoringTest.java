package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.LanguageLevel;
import org.junit.jupiter.api.Test;

/** The language scale the candidate search compares on (the points are MatchScoring's, tested in api). */
class CandidateScoringTest {

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
