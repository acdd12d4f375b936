package dk.jobbro.it;

import dk.jobbro.api.shared.Cvr;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** Fresh, valid CVR numbers for tests, so test classes never collide on the shared database. */
public final class TestCvr {

  private TestCvr() {}

  /**
   * Every number handed out in this build's test run, and the fixed ones tests register themselves. The employer
   * register holds one company per CVR, so a number drawn twice gives a 409 meant for a real duplicate; a run
   * registers about 140 employers from about eight million numbers, which makes a repeat likely enough to matter
   * (about one run in a thousand). Noted in devenv/issued-cvrs.txt for the later test JVMs, as TestCpr does. A holder
   * of its own, so that the demo data and the benchmarks, which only {@link #draw} numbers, leave the file alone.
   */
  private static final class Issued {
    static final IssuedValues NUMBERS = new IssuedValues("issued-cvrs.txt");

    static {
      NUMBERS.issue(Api.TEST_EMPLOYER_CVR);
    }
  }

  /** A valid CVR number (modulus 11 with weights 2,7,6,5,4,3,2,1) that no test of this run had yet. */
  public static String random() {
    while (true) {
      String cvr = draw(ThreadLocalRandom.current());
      if (Issued.NUMBERS.issue(cvr)) {
        return cvr;
      }
    }
  }

  /**
   * A number that the API's own check ({@link Cvr#isValid}) accepts, from {@code random}: the demo data and the
   * benchmarks draw theirs here too, with seeded generators. A 7-digit serial, then the one check digit that makes
   * it valid; a serial whose check digit would be 10 is never issued, so another is drawn. (One draw per serial keeps
   * the seeded demo data and benchmark data sets what they were before this method served them.)
   */
  public static String draw(RandomGenerator random) {
    while (true) {
      String serial = Integer.toString(1_000_000 + random.nextInt(8_999_999));
      for (char check = '0'; check <= '9'; check++) {
        if (Cvr.isValid(serial + check)) {
          return serial + check;
        }
      }
    }
  }
}
