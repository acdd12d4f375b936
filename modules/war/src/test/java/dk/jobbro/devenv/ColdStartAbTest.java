package dk.jobbro.devenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColdStartAbTest {

  private static ColdStartAb.Start start(String variant, int round, long cpuMillis) {
    return new ColdStartAb.Start(variant, round, 20_000, cpuMillis, 9_000, "1.0", Map.of(), new long[4]);
  }

  @Test
  void theDifferenceIsTakenPairByPairWithTheStandardErrorOfItsMean() {
    // differences 1.0, 2.0 and 3.0 s: mean 2.0, sample deviation 1.0, error 1/sqrt(3)
    List<ColdStartAb.Start> a = List.of(start("A", 1, 19_000), start("A", 2, 22_000), start("A", 3, 18_000));
    List<ColdStartAb.Start> b = List.of(start("B", 1, 18_000), start("B", 2, 20_000), start("B", 3, 15_000));

    assertThat(ColdStartAb.pairedDifference(a, b, ColdStartAb.Start::cpuMillis)).isEqualTo("+2.00 s (± 0.58)");
  }

  @Test
  void aBFasterThanAIsANegativeDifference() {
    List<ColdStartAb.Start> a = List.of(start("A", 1, 18_000), start("A", 2, 18_000));
    List<ColdStartAb.Start> b = List.of(start("B", 1, 18_500), start("B", 2, 18_500));

    assertThat(ColdStartAb.pairedDifference(a, b, ColdStartAb.Start::cpuMillis)).isEqualTo("-0.50 s (± 0.00)");
  }
}
