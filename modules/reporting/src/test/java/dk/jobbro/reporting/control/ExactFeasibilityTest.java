package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The attacks' solver on systems small enough to know the answer by hand. */
class ExactFeasibilityTest {

  @Test
  void aHalfWayVertexIsBranchedToAWholePoint() {
    // x + y = 3, 2x ≤ 3, x ≥ 1, y ≤ 2: the first vertex has x = 1.5; the only whole point is x = 1, y = 2
    ExactFeasibility lp = new ExactFeasibility(3);
    lp.equation(new long[] {1, 1, 0}, 3);
    lp.equation(new long[] {2, 0, 1}, 3); // 2x + s = 3 with the slack s ≥ 0
    lp.lower(0, 1);
    lp.upper(1, 2);

    BigInteger[] x = lp.solve().orElseThrow();

    assertThat(x[0].add(x[1])).isEqualTo(BigInteger.valueOf(3));
    assertThat(x[0].multiply(BigInteger.TWO).add(x[2])).isEqualTo(BigInteger.valueOf(3));
    assertThat(x[0]).isEqualTo(BigInteger.ONE);
  }

  /**
   * 2x − 2y = 1 has rational points all along its range and no whole one: branch and bound walks the whole range
   * one unit at a time before it can say so. It must say so, and not run out of stack on the way (a property run
   * of the cohort attacks once did, on a system of this kind).
   */
  @Test
  void aSystemWithoutAWholePointEndsWithNone() {
    ExactFeasibility lp = new ExactFeasibility(2);
    lp.equation(new long[] {2, -2}, 1);
    lp.upper(0, 20_000);
    lp.upper(1, 20_000);

    assertThat(lp.solve()).isEmpty();
  }
}
