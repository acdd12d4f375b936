package dk.jobbro.it;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid CVR numbers for tests, so test classes never collide on the shared database. */
public final class TestCvr {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

  /**
   * Every number handed out in this build's test run, and the fixed ones tests register themselves. The employer
   * register holds one company per CVR, so a number drawn twice gives a 409 meant for a real duplicate; a run
   * registers about 140 employers from about eight million numbers, which makes a repeat likely enough to matter
   * (about one run in a thousand). Noted in devenv/issued-cvrs.txt for the later test JVMs, as TestCpr does.
   */
  private static final IssuedValues ISSUED = new IssuedValues("issued-cvrs.txt");

  static {
    ISSUED.issue(Api.TEST_EMPLOYER_CVR);
  }

  private TestCvr() {}

  /** A valid CVR number (modulus 11 with weights 2,7,6,5,4,3,2,1) that no test of this run had yet. */
  public static String random() {
    while (true) {
      String cvr = draw();
      if (ISSUED.issue(cvr)) {
        return cvr;
      }
    }
  }

  private static String draw() {
    while (true) {
      String serial = String.format("%07d", 1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (serial.charAt(i) - '0') * WEIGHTS[i];
      }
      int check = (11 - sum % 11) % 11;
      if (check < 10) {
        return serial + check;
      }
    }
  }
}
