package dk.jobbro.caseload.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pseudonymised profiles show an age band, never a birth date. */
class AgeBandTest {

  @Test
  void fiveYearBandsFrom25WithTheEndsOpen() {
    assertThat(DefaultCandidateSearch.ageBand(18)).isEqualTo("18-24");
    assertThat(DefaultCandidateSearch.ageBand(24)).isEqualTo("18-24");
    assertThat(DefaultCandidateSearch.ageBand(25)).isEqualTo("25-29");
    assertThat(DefaultCandidateSearch.ageBand(34)).isEqualTo("30-34");
    assertThat(DefaultCandidateSearch.ageBand(59)).isEqualTo("55-59");
    assertThat(DefaultCandidateSearch.ageBand(60)).isEqualTo("60+");
  }
}
