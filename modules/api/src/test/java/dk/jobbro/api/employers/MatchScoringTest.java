package dk.jobbro.api.employers;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.LanguageLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one scoring function of matching: each requirement's share, and the whole of a pair's score. */
class MatchScoringTest {

  private static final List<CandidateQuery.Requirement> DANISH_B1 =
      List.of(new CandidateQuery.Requirement("da", LanguageLevel.B1));

  private static MatchScoring.Facts facts(int digits, boolean danish, List<String> skills, List<Boolean> skillsMet,
      boolean licenceRequired, boolean licence, int education, boolean available) {
    return new MatchScoring.Facts("7115", digits, DANISH_B1, List.of(danish), skills, skillsMet, licenceRequired,
        licence, education, available);
  }

  @Test
  void aPersonMeetingEverythingScoresAHundred() {
    MatchScoring.Score s = MatchScoring.score(facts(4, true, List.of("welding"), List.of(true), true, true, 4, true));
    assertThat(s.total()).isEqualTo(100);
    assertThat(s.explanation()).allMatch(CandidateMatch.Criterion::met);
    assertThat(s.explanation().stream().mapToInt(CandidateMatch.Criterion::points).sum()).isEqualTo(100);
  }

  @Test
  void skillsAndTheDrivingLicenceCount() {
    MatchScoring.Score all = MatchScoring.score(facts(4, true, List.of("welding", "forklift"), List.of(true, true),
        true, true, 4, true));
    MatchScoring.Score halfTheSkills = MatchScoring.score(facts(4, true, List.of("welding", "forklift"),
        List.of(true, false), true, true, 4, true));
    MatchScoring.Score noLicence = MatchScoring.score(facts(4, true, List.of("welding", "forklift"),
        List.of(true, true), true, false, 4, true));
    assertThat(all.total() - halfTheSkills.total()).isEqualTo(MatchScoring.SKILLS - MatchScoring.SKILLS / 2);
    assertThat(all.total() - noLicence.total()).isEqualTo(MatchScoring.DRIVING_LICENCE);
    assertThat(halfTheSkills.explanation()).anySatisfy(c -> {
      assertThat(c.requirement()).isEqualTo("skill forklift");
      assertThat(c.met()).isFalse();
    });
    // a licence the vacancy does not ask for is not held against anyone
    assertThat(MatchScoring.score(facts(4, true, List.of(), List.of(), false, false, 4, true)).total())
        .isEqualTo(100);
  }

  @Test
  void aPersonSpokenForIsNotAvailable() {
    MatchScoring.Score busy = MatchScoring.score(facts(4, true, List.of(), List.of(), false, false, 4, false));
    assertThat(busy.total()).isEqualTo(100 - MatchScoring.AVAILABLE);
    assertThat(busy.explanation()).anySatisfy(c -> {
      assertThat(c.requirement()).isEqualTo("available");
      assertThat(c.met()).isFalse();
      assertThat(c.points()).isZero();
    });
  }

  @Test
  void occupationPointsFallWithEachLostDigitOfTheIscoPrefix() {
    assertThat(MatchScoring.occupationPoints(4)).isEqualTo(MatchScoring.OCCUPATION);
    assertThat(MatchScoring.occupationPoints(3)).isLessThan(MatchScoring.occupationPoints(4));
    assertThat(MatchScoring.occupationPoints(1)).isGreaterThan(0);
    assertThat(MatchScoring.occupationPoints(0)).isZero();
  }

  @Test
  void sharesAndEducation() {
    assertThat(MatchScoring.sharePoints(0, 0, 25)).isEqualTo(25);
    assertThat(MatchScoring.sharePoints(1, 2, 25)).isEqualTo(12);
    assertThat(MatchScoring.sharePoints(0, 1, 25)).isZero();
    assertThat(MatchScoring.educationPoints(-1)).isZero();
    assertThat(MatchScoring.educationPoints(2)).isEqualTo(MatchScoring.EDUCATION / 2);
    assertThat(MatchScoring.educationPoints(3)).isEqualTo(MatchScoring.EDUCATION);
  }

  @Test
  void theSqlSumUsesTheSameWeights() {
    String sql = MatchScoring.sql("occ", "lm", "lr", "sm", "sr", "dl", "edu", "av");
    assertThat(sql).contains("(occ) * " + MatchScoring.OCCUPATION + " / 4", "then " + MatchScoring.LANGUAGES,
        "then " + MatchScoring.SKILLS, "then " + MatchScoring.DRIVING_LICENCE, "then " + MatchScoring.AVAILABLE);
    assertThat(MatchScoring.normaliseSkill("  Welding ")).isEqualTo("welding");
  }
}
