package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TakeoverRuleTest {

  @ParameterizedTest(name = "decision {0}: takeover {1}")
  @CsvSource({
      // the first full month after the decision is always the next calendar month
      "2026-05-15, 2026-07-01",
      "2026-05-01, 2026-07-01", // a decision on the 1st: May is not "after" it, so June is the full month
      "2026-05-31, 2026-07-01",
      "2025-10-31, 2025-12-01",
      // weekends
      "2026-06-10, 2026-08-03", // 1 August 2026 is a Saturday
      "2026-09-20, 2026-11-02", // 1 November 2026 is a Sunday
      // Easter
      "2024-02-10, 2024-04-02", // 1 April 2024 is 2. påskedag
      "2021-02-01, 2021-04-06", // 1 April 2021 is skærtorsdag, then langfredag, the weekend and 2. påskedag
      // New Year
      "2026-10-15, 2026-12-01", // a decision in October gives November as the full month
      "2026-11-15, 2027-01-04", // nytårsdag on a Friday, then the weekend
      "2025-11-30, 2026-01-02", // nytårsdag on a Thursday
      "2021-11-05, 2022-01-03", // nytårsdag on a Saturday
      "2023-12-31, 2024-02-01", // across the year end, no holiday
      // Kristi himmelfartsdag and pinse on the 1st
      "2008-03-03, 2008-05-02", // Kristi himmelfartsdag 1 May 2008
      "2000-04-12, 2000-06-02", // Kristi himmelfartsdag 1 June 2000
      "2020-04-20, 2020-06-02", // 2. pinsedag 1 June 2020
      // store bededag on 1 May: a holiday in 2015, abolished by 2026
      "2015-03-31, 2015-05-04",
      "2026-03-31, 2026-05-01",
      // leap years
      "2024-01-31, 2024-03-01", // the full month is a 29-day February
      "2024-02-29, 2024-04-02", // decision on the leap day; 1 April 2024 is 2. påskedag
      "2028-02-29, 2028-04-03", // 1 April 2028 is a Saturday
      "2023-01-31, 2023-03-01"})
  void refugeeTakeoverIsTheFirstWorkingDayAfterTheFirstFullMonth(LocalDate decision, LocalDate takeover) {
    assertThat(TakeoverRule.forRefugee(decision)).isEqualTo(takeover);
  }

  @ParameterizedTest(name = "{0} follows the visitation decision")
  @EnumSource(value = ResidenceBasis.class, names = {"REFUGEE", "SPECIAL_LAW_UKRAINE", "SPECIAL_LAW_AFGHANISTAN"})
  void refugeesAndSpecialLawGroupsFollowTheVisitationDecision(ResidenceBasis basis) {
    assertThat(TakeoverRule.expected(basis, LocalDate.parse("2024-02-10"), LocalDate.parse("2024-03-05")))
        .isEqualTo(LocalDate.parse("2024-04-02"));
    assertThat(TakeoverRule.expected(basis, LocalDate.parse("2026-05-15"), null))
        .isEqualTo(LocalDate.parse("2026-07-01"));
  }

  @ParameterizedTest(name = "{0}: CPR registration {1} is the takeover date")
  @CsvSource({
      "QUOTA_REFUGEE,               2026-03-04",
      "FAMILY_REUNIFIED_TO_REFUGEE, 2026-03-04",
      "OTHER_FAMILY_REUNIFIED,      2026-03-04",
      "QUOTA_REFUGEE,               2026-03-07", // a Saturday is not moved: the CPR date itself is the rule
      "OTHER_FAMILY_REUNIFIED,      2024-04-01"}) // nor is a holiday
  void quotaRefugeesAndFamilyReunifiedFollowTheCprRegistration(ResidenceBasis basis, LocalDate cpr) {
    assertThat(TakeoverRule.expected(basis, LocalDate.parse("2026-01-10"), cpr)).isEqualTo(cpr);
    assertThat(TakeoverRule.expected(basis, null, cpr)).isEqualTo(cpr);
  }

  @ParameterizedTest(name = "{0} without a visitation decision")
  @EnumSource(value = ResidenceBasis.class, names = {"REFUGEE", "SPECIAL_LAW_UKRAINE", "SPECIAL_LAW_AFGHANISTAN"})
  void missingVisitationDecisionIsNamed(ResidenceBasis basis) {
    assertThatThrownBy(() -> TakeoverRule.expected(basis, null, LocalDate.parse("2026-03-04")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("visitationDecisionDate is required for " + basis);
  }

  @ParameterizedTest(name = "{0} without a CPR registration")
  @EnumSource(
      value = ResidenceBasis.class,
      names = {"QUOTA_REFUGEE", "FAMILY_REUNIFIED_TO_REFUGEE", "OTHER_FAMILY_REUNIFIED"})
  void missingCprRegistrationIsNamed(ResidenceBasis basis) {
    assertThatThrownBy(() -> TakeoverRule.expected(basis, LocalDate.parse("2026-01-10"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cprRegistrationDate is required for " + basis);
  }
}
