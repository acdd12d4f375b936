package dk.jobbro.handover.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.handover.Completeness;
import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.shared.Gender;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletenessScorerTest {

  private static HandoverSubmission thin() {
    return new HandoverSubmission(new HandoverSubmission.Person(null, "UST-1", "Amina Haddad", null, null, null),
        ResidenceBasis.REFUGEE, null, LocalDate.of(2026, 5, 15), null, "101", null, null, null, null, null, null,
        null, null, null);
  }

  private static HandoverSubmission full() {
    return new HandoverSubmission(
        new HandoverSubmission.Person("010190-1235", null, "Amina Haddad", LocalDate.of(1990, 1, 1), Gender.MALE,
            "Syrien"),
        ResidenceBasis.REFUGEE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 15), null, "101",
        List.of(new Language("ar", LanguageLevel.FLUENT)),
        List.of(new CompetenceProfile.Education(CompetenceProfile.EducationLevel.BACHELOR, 4, "Civil engineering",
            "SY", false)),
        List.of(new CompetenceProfile.WorkExperience("7115", "Carpenter", 6)), true,
        List.of(new HandoverSubmission.DanishClass("Fremrykket danskundervisning", 120, null)), null, null,
        "Motivated, wants construction work", null);
  }

  @Test
  void aFullHandoverScores100AndMissesNothing() {
    Completeness c = CompletenessScorer.withDefaults().score(full());
    assertThat(c.score()).isEqualTo(100);
    assertThat(c.missing()).isEmpty();
  }

  @Test
  void aThinHandoverListsTheMissingFieldsHeaviestFirst() {
    Completeness c = CompletenessScorer.withDefaults().score(thin());
    assertThat(c.score()).isZero();
    assertThat(c.missing()).startsWith("workExperience", "education", "languages", "person.cpr", "danishClasses")
        .hasSize(CompletenessScorer.DEFAULT_WEIGHTS.size());
  }

  @Test
  void theDefaultWeightsAddUpTo100() {
    assertThat(CompletenessScorer.DEFAULT_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(100);
  }

  @Test
  void anEmptyListCountsAsMissing() {
    HandoverSubmission s = full();
    HandoverSubmission noJobs = new HandoverSubmission(s.person(), s.residenceBasis(), s.residencePermitDate(),
        s.visitationDecisionDate(), null, "101", s.languages(), s.education(), List.of(), s.drivingLicence(),
        s.danishClasses(), null, null, "  ", null);
    Completeness c = CompletenessScorer.withDefaults().score(noJobs);
    assertThat(c.score()).isEqualTo(75);
    assertThat(c.missing()).containsExactly("workExperience", "notes");
  }

  @Test
  void configuredWeightsChangeTheScoreAndZeroLeavesAFieldOut() {
    HandoverSubmission s = full();
    HandoverSubmission noJobs = new HandoverSubmission(s.person(), s.residenceBasis(), s.residencePermitDate(),
        s.visitationDecisionDate(), null, "101", s.languages(), s.education(), null, s.drivingLicence(),
        s.danishClasses(), null, null, s.notes(), null);
    assertThat(new CompletenessScorer(Map.of("workExperience", 0)).score(noJobs).score()).isEqualTo(100);
    // 60 of 140 missing → 57
    assertThat(new CompletenessScorer(Map.of("workExperience", 60)).score(noJobs)).satisfies(c -> {
      assertThat(c.score()).isEqualTo(57);
      assertThat(c.missing()).containsExactly("workExperience");
    });
  }

  @Test
  void unknownFieldsAndNegativeWeightsAreConfigurationErrors() {
    assertThatThrownBy(() -> new CompletenessScorer(Map.of("shoeSize", 5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompletenessScorer(Map.of("notes", -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
