package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeLabelsTest {

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "REFUGEE,                     2019-06-30, integrationsprogram",
      "REFUGEE,                     2019-07-01, selvforsørgelses- og hjemrejseprogram",
      "QUOTA_REFUGEE,               2019-07-01, selvforsørgelses- og hjemrejseprogram",
      "FAMILY_REUNIFIED_TO_REFUGEE, 2019-06-30, integrationsprogram",
      "FAMILY_REUNIFIED_TO_REFUGEE, 2019-07-01, selvforsørgelses- og hjemrejseprogram",
      "OTHER_FAMILY_REUNIFIED,      2016-07-01, integrationsprogram",
      "OTHER_FAMILY_REUNIFIED,      2019-06-30, integrationsprogram",
      "OTHER_FAMILY_REUNIFIED,      2019-07-01, introduktionsprogram",
      "OTHER_FAMILY_REUNIFIED,      2026-01-01, introduktionsprogram",
      "SPECIAL_LAW_UKRAINE,         2022-04-01, selvforsørgelses- og hjemrejseprogram",
      "SPECIAL_LAW_AFGHANISTAN,     2021-09-01, selvforsørgelses- og hjemrejseprogram"})
  void programmeNameDependsOnTheDateAndTheResidenceBasis(ResidenceBasis basis, LocalDate on, String label) {
    assertThat(ProgrammeLabels.programme(basis, on)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2016-07-01, integrationsydelse",
      "2019-07-01, integrationsydelse", // the benefit was renamed half a year after the programme
      "2019-12-31, integrationsydelse",
      "2020-01-01, selvforsørgelses- og hjemrejseydelse",
      "2025-06-01, selvforsørgelses- og hjemrejseydelse"})
  void benefitNameChangesOn1January2020(LocalDate on, String label) {
    assertThat(ProgrammeLabels.integrationBenefit(on)).isEqualTo(label);
  }
}
