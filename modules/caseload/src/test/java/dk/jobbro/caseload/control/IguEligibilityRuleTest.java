package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.IguEligibility;
import dk.jobbro.api.caseload.IguEligibility.Condition;
import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IguEligibilityRuleTest {

  private static final List<String> ALL_CODES =
      List.of("SCHEME_OPEN", "AGE", "RESIDENCE_PERIOD", "TARGET_GROUP", "NO_EARLIER_IGU");

  private static final String CLOSED = "SCHEME_OPEN|AGE|RESIDENCE_PERIOD|TARGET_GROUP";

  @ParameterizedTest(name = "[{index}] born {0}, permit {1}, {2}, start {3}: {4} under {5}, failing [{6}]")
  @CsvSource(nullValues = "null", value = {
      // rule changes, for a refugee born 1990-01-01 with a permit of 2016-01-01
      "1990-01-01, 2016-01-01, REFUGEE, 2016-06-30, false, none,     " + CLOSED,
      "1990-01-01, 2016-01-01, REFUGEE, 2016-07-01, true,  IGU-2016, ''",
      "1990-01-01, 2016-01-01, REFUGEE, 2021-04-30, false, IGU-2016, RESIDENCE_PERIOD", // over 5 years
      "1990-01-01, 2016-01-01, REFUGEE, 2021-05-01, true,  IGU-2021, ''", // L 202: under 10 years
      "1990-01-01, 2016-01-01, REFUGEE, 2022-03-16, true,  IGU-2021, ''",
      "1990-01-01, 2016-01-01, REFUGEE, 2022-03-17, true,  IGU-2022-03, ''", // the Ukraine special law
      "1990-01-01, 2016-01-01, REFUGEE, 2022-07-01, true,  IGU-2022-07, ''", // lov nr. 916 af 21. juni 2022
      "1990-01-01, 2016-01-01, REFUGEE, 2023-12-31, true,  IGU-2022-07, ''",
      "1990-01-01, 2016-01-01, REFUGEE, 2024-01-01, true,  IGU-2024, ''",
      "1990-01-01, 2016-01-01, REFUGEE, 2027-12-31, true,  IGU-2024, ''",
      "1990-01-01, 2016-01-01, REFUGEE, 2028-01-01, false, none,     " + CLOSED,
      // 18th birthday
      "2000-03-10, 2017-01-01, REFUGEE, 2018-03-09, false, IGU-2016, AGE",
      "2000-03-10, 2017-01-01, REFUGEE, 2018-03-10, true,  IGU-2016, ''",
      "2006-03-10, 2020-01-01, REFUGEE, 2024-03-09, false, IGU-2024, AGE",
      "2006-03-10, 2020-01-01, REFUGEE, 2024-03-10, true,  IGU-2024, ''",
      // born on a leap day: 18 on 1 March in a common year
      "2000-02-29, 2017-01-01, REFUGEE, 2018-02-28, false, IGU-2016, AGE",
      "2000-02-29, 2017-01-01, REFUGEE, 2018-03-01, true,  IGU-2016, ''",
      // 40th birthday under IGU-2016 and IGU-2021
      "1980-03-10, 2017-01-01, REFUGEE, 2020-03-09, true,  IGU-2016, ''",
      "1980-03-10, 2017-01-01, REFUGEE, 2020-03-10, false, IGU-2016, AGE",
      "1983-06-15, 2020-01-01, REFUGEE, 2023-06-14, true,  IGU-2022-07, ''",
      "1983-06-15, 2020-01-01, REFUGEE, 2023-06-15, false, IGU-2022-07, AGE",
      // 40 is no limit under IGU-2024; 50 is
      "1984-06-15, 2020-01-01, REFUGEE, 2024-06-15, true,  IGU-2024, ''",
      "1975-06-15, 2020-01-01, REFUGEE, 2025-06-14, true,  IGU-2024, ''",
      "1975-06-15, 2020-01-01, REFUGEE, 2025-06-15, false, IGU-2024, AGE",
      // 45 in 2023: too old under IGU-2021, eligible from the first day of IGU-2024
      "1978-05-01, 2015-05-01, REFUGEE, 2023-12-31, false, IGU-2022-07, AGE",
      "1978-05-01, 2015-05-01, REFUGEE, 2024-01-01, true,  IGU-2024, ''",
      // residence period: under 5, 10 and 20 years
      "1990-01-01, 2015-09-01, REFUGEE, 2020-08-31, true,  IGU-2016, ''",
      "1990-01-01, 2015-09-01, REFUGEE, 2020-09-01, false, IGU-2016, RESIDENCE_PERIOD",
      "1990-01-01, 2012-09-01, REFUGEE, 2022-08-31, true,  IGU-2022-07, ''",
      "1990-01-01, 2012-09-01, REFUGEE, 2022-09-01, false, IGU-2022-07, RESIDENCE_PERIOD",
      "1980-01-01, 2005-09-01, REFUGEE, 2025-08-31, true,  IGU-2024, ''",
      "1980-01-01, 2005-09-01, REFUGEE, 2025-09-01, false, IGU-2024, RESIDENCE_PERIOD", // "up to 20" = under 20
      "1990-01-01, null,       REFUGEE, 2022-01-01, false, IGU-2021, RESIDENCE_PERIOD", // permit not registered
      "1990-01-01, 2022-05-01, REFUGEE, 2022-04-30, false, IGU-2022-03, RESIDENCE_PERIOD", // permit after the start
      "1990-01-01, 2022-05-01, REFUGEE, 2022-05-01, true,  IGU-2022-03, ''",
      // target group
      "1990-01-01, 2016-01-01, QUOTA_REFUGEE,               2016-07-01, true,  IGU-2016, ''",
      "1990-01-01, 2016-01-01, FAMILY_REUNIFIED_TO_REFUGEE, 2019-01-01, true,  IGU-2016, ''",
      "1990-01-01, 2016-01-01, OTHER_FAMILY_REUNIFIED,      2019-01-01, false, IGU-2016, TARGET_GROUP",
      "1990-01-01, 2016-01-01, OTHER_FAMILY_REUNIFIED,      2023-12-31, false, IGU-2022-07, TARGET_GROUP",
      "1990-01-01, 2016-01-01, OTHER_FAMILY_REUNIFIED,      2024-01-01, true,  IGU-2024, ''",
      // the special-law groups from the day their law came into force, one day earlier not
      "1990-01-01, 2022-03-17, SPECIAL_LAW_UKRAINE,         2022-03-16, false, IGU-2021, RESIDENCE_PERIOD|TARGET_GROUP",
      "1990-01-01, 2022-03-17, SPECIAL_LAW_UKRAINE,         2022-03-17, true,  IGU-2022-03, ''",
      "1990-01-01, 2022-03-20, SPECIAL_LAW_UKRAINE,         2023-06-01, true,  IGU-2022-07, ''",
      "1990-01-01, 2021-09-01, SPECIAL_LAW_AFGHANISTAN,     2022-03-17, false, IGU-2022-03, TARGET_GROUP",
      "1990-01-01, 2021-09-01, SPECIAL_LAW_AFGHANISTAN,     2022-06-30, false, IGU-2022-03, TARGET_GROUP",
      "1990-01-01, 2021-09-01, SPECIAL_LAW_AFGHANISTAN,     2022-07-01, true,  IGU-2022-07, ''",
      "1990-01-01, 2021-09-01, SPECIAL_LAW_AFGHANISTAN,     2023-12-31, true,  IGU-2022-07, ''",
      "1983-12-31, 2021-09-01, SPECIAL_LAW_AFGHANISTAN,     2023-12-31, false, IGU-2022-07, AGE", // 40 under the old age
      "1990-01-01, 2022-03-20, SPECIAL_LAW_UKRAINE,         2024-06-01, true,  IGU-2024, ''",
      "1990-01-01, 2021-09-01, SPECIAL_LAW_AFGHANISTAN,     2024-06-01, true,  IGU-2024, ''",
      // every failure is reported, not only the first
      "1970-01-01, 2000-01-01, OTHER_FAMILY_REUNIFIED,      2023-06-01, false, IGU-2022-07, "
          + "AGE|RESIDENCE_PERIOD|TARGET_GROUP",
      "1970-01-01, null,       OTHER_FAMILY_REUNIFIED,      2015-06-01, false, none,     " + CLOSED})
  void eligibilityUsesTheRuleVersionInForceOnTheStartDate(
      LocalDate birthDate,
      LocalDate permitDate,
      ResidenceBasis basis,
      LocalDate startDate,
      boolean eligible,
      String ruleVersion,
      String failedCodes) {
    IguEligibility result = IguEligibilityRule.check(new IguCandidate(birthDate, permitDate, basis, false), startDate);

    assertThat(result.startDate()).isEqualTo(startDate);
    assertThat(result.eligible()).isEqualTo(eligible);
    assertThat(result.ruleVersion()).isEqualTo(ruleVersion);
    assertThat(result.conditions()).extracting(Condition::code).containsExactlyElementsOf(ALL_CODES);
    assertThat(result.failed()).extracting(Condition::code).containsExactlyElementsOf(codes(failedCodes));
    assertThat(result.conditions()).allSatisfy(c -> assertThat(c.detail()).isNotBlank());
    if (eligible) {
      assertThat(result.lastEligibleStartDate()).isAfterOrEqualTo(startDate);
    } else {
      assertThat(result.lastEligibleStartDate()).isNull();
    }
  }

  @ParameterizedTest(name = "born {0}, permit {1}, {2}, start {3}: last eligible start {4}")
  @CsvSource({
      "1980-03-10, 2017-01-01, REFUGEE, 2019-01-01, 2020-03-09", // the day before the 40th birthday
      // under 5 years until 2020-12-31; eligible again from 2021-05-01 (IGU-2021), but the gap ends the run
      "1990-01-01, 2016-01-01, REFUGEE, 2020-01-01, 2020-12-31",
      "1983-06-15, 2020-01-01, REFUGEE, 2023-01-01, 2023-06-14", // 40 under IGU-2022-07, though IGU-2024 would allow it
      "1990-01-01, 2021-09-01, SPECIAL_LAW_AFGHANISTAN, 2022-07-01, 2027-12-31", // in from lov nr. 916 on
      "1990-01-01, 2022-04-01, SPECIAL_LAW_UKRAINE, 2022-04-01, 2027-12-31",
      "1984-03-01, 2018-01-01, REFUGEE, 2023-06-01, 2027-12-31", // turns 40 only under IGU-2024, so runs to the end
      "1990-01-01, 2016-01-01, REFUGEE, 2022-01-01, 2027-12-31", // each version hands over to the next
      "1976-08-20, 2010-01-01, REFUGEE, 2025-01-01, 2026-08-19", // the day before the 50th birthday
      "1980-01-01, 2006-04-01, REFUGEE, 2024-01-01, 2026-03-31", // the day before 20 years with the permit
      "1990-01-01, 2016-01-01, OTHER_FAMILY_REUNIFIED, 2024-01-01, 2027-12-31",
      "1990-01-01, 2016-01-01, REFUGEE, 2027-12-31, 2027-12-31"}) // the last day of the scheme
  void lastEligibleStartDateEndsAtTheFirstIneligibleDay(
      LocalDate birthDate, LocalDate permitDate, ResidenceBasis basis, LocalDate startDate, LocalDate lastEligible) {
    IguEligibility result = IguEligibilityRule.check(new IguCandidate(birthDate, permitDate, basis, false), startDate);

    assertThat(result.eligible()).isTrue();
    assertThat(result.lastEligibleStartDate()).isEqualTo(lastEligible);
    if (lastEligible.isBefore(IguEligibilityRule.LAST_START)) {
      IguCandidate candidate = new IguCandidate(birthDate, permitDate, basis, false);
      assertThat(IguEligibilityRule.check(candidate, lastEligible).eligible()).isTrue();
      assertThat(IguEligibilityRule.check(candidate, lastEligible.plusDays(1)).eligible()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} after an earlier IGU")
  @EnumSource(ResidenceBasis.class)
  void aPersonCanHaveOnlyOneIgu(ResidenceBasis basis) {
    IguCandidate candidate =
        new IguCandidate(LocalDate.parse("1990-01-01"), LocalDate.parse("2020-01-01"), basis, true);

    IguEligibility result = IguEligibilityRule.check(candidate, LocalDate.parse("2025-01-01"));

    assertThat(result.eligible()).isFalse();
    assertThat(result.ruleVersion()).isEqualTo("IGU-2024");
    assertThat(result.failed()).extracting(Condition::code).containsExactly("NO_EARLIER_IGU");
    assertThat(result.lastEligibleStartDate()).isNull();
  }

  @Test
  void detailsNameTheValueAndTheLimit() {
    IguCandidate candidate = new IguCandidate(
        LocalDate.parse("1983-06-15"), LocalDate.parse("2019-11-01"), ResidenceBasis.REFUGEE, false);

    IguEligibility result = IguEligibilityRule.check(candidate, LocalDate.parse("2023-01-10"));

    assertThat(result.conditions()).containsExactly(
        new Condition("SCHEME_OPEN", true,
            "IGU-2022-07 is in force on the start date; an IGU may start from 2016-07-01 to 2027-12-31"),
        new Condition("AGE", true, "age 39 on the start date; IGU-2022-07 requires 18 to under 40"),
        new Condition("RESIDENCE_PERIOD", true,
            "3 years 2 months since the residence permit; IGU-2022-07 requires under 10 years"),
        new Condition("TARGET_GROUP", true,
            "residence basis REFUGEE is in the IGU-2022-07 target group (refugees, quota refugees and "
                + "family-reunified to refugees, and the Ukraine and Afghanistan special-law groups)"),
        new Condition("NO_EARLIER_IGU", true, "no running or completed IGU is registered"));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(nullValues = "null", value = {
      "2016-06-30, SCHEME_OPEN,      'no IGU may start before 2016-07-01, when the IGU law came into force'",
      "2028-01-01, SCHEME_OPEN,      'no IGU may start after 2027-12-31, the last start date under the current "
          + "extension'",
      "2028-01-01, AGE,              'not assessed: no IGU rule is in force on the start date'",
      "2021-04-30, RESIDENCE_PERIOD, '5 years 3 months since the residence permit; IGU-2016 requires under 5 years'",
      "2017-02-01, RESIDENCE_PERIOD, '1 year 1 month since the residence permit; IGU-2016 requires under 5 years'",
      "2015-01-01, AGE,              'not assessed: no IGU rule is in force on the start date'",
      "1989-01-01, AGE,              'not assessed: no IGU rule is in force on the start date'"})
  void failureDetailsExplainTheLimit(LocalDate startDate, String code, String detail) {
    IguCandidate candidate = new IguCandidate(
        LocalDate.parse("1990-01-01"), LocalDate.parse("2016-01-01"), ResidenceBasis.REFUGEE, false);

    assertThat(IguEligibilityRule.check(candidate, startDate).conditions())
        .filteredOn(c -> c.code().equals(code))
        .extracting(Condition::detail)
        .containsExactly(detail);
  }

  @Test
  void missingPermitDateIsExplained() {
    IguCandidate candidate = new IguCandidate(LocalDate.parse("1990-01-01"), null, ResidenceBasis.REFUGEE, false);

    assertThat(IguEligibilityRule.check(candidate, LocalDate.parse("2022-01-01")).failed())
        .containsExactly(new Condition("RESIDENCE_PERIOD", false, "residence-permit date is not registered"));
  }

  @Test
  void targetGroupFailureNamesTheGroup() {
    IguCandidate candidate = new IguCandidate(
        LocalDate.parse("1990-01-01"), LocalDate.parse("2021-09-01"), ResidenceBasis.SPECIAL_LAW_AFGHANISTAN, false);

    assertThat(IguEligibilityRule.check(candidate, LocalDate.parse("2022-05-01")).failed())
        .containsExactly(new Condition("TARGET_GROUP", false,
            "residence basis SPECIAL_LAW_AFGHANISTAN is not in the IGU-2022-03 target group"
                + " (refugees, quota refugees and family-reunified to refugees, and the Ukraine special-law group)"));
  }

  private static List<String> codes(String failedCodes) {
    return failedCodes.isEmpty() ? List.of() : Arrays.asList(failedCodes.split("\\|"));
  }
}
