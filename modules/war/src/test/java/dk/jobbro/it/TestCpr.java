package dk.jobbro.it;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid CPR numbers for tests, so test classes never collide on the shared database. */
public final class TestCpr {

  private static final int[] MOD11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

  /**
   * Every number handed out in this build's test run. The suite shares one database, and since one person may hold
   * only one active programme nationally, two tests drawing the same random number would see a 409 meant for a real
   * duplicate; a few thousand draws from about ten million numbers make that likely enough to matter. The probe
   * classes run in a later JVM against the same database, so the numbers are also noted in devenv/issued-cprs.txt
   * and a later JVM starts from them.
   */
  private static final IssuedValues ISSUED = new IssuedValues("issued-cprs.txt");

  private TestCpr() {}

  /**
   * Every number handed out in this build's test run so far, as DDMMYY-SSSS: this JVM's, and those the numbers file
   * holds from earlier test JVMs of the build. ClearCprScanIT, which runs after all other in-container tests in a JVM of
   * its own, looks for each in the database.
   */
  public static Set<String> issued() {
    return ISSUED.all();
  }

  /** Takes a number for this run if no test of the build had it yet, and notes it in the numbers file. */
  private static boolean issue(String cpr) {
    return ISSUED.issue(cpr);
  }

  /** A random person born in the 1900s (digit 7 is 0–3), as DDMMYY-SSSS. */
  public static String random() {
    return bornBefore(2000);
  }

  /** A random person born from 1960 up to the year before {@code year} (before 2000), as DDMMYY-SSSS. */
  public static String bornBefore(int year) {
    return born(1960, year);
  }

  /** A random person born from {@code fromYear} up to the year before {@code toYear} (1900s only). */
  private static String born(int fromYear, int toYear) {
    while (true) {
      String cpr = draw(fromYear, toYear);
      if (issue(cpr)) {
        return cpr;
      }
    }
  }

  private static String draw(int fromYear, int toYear) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(r.nextInt((Math.min(toYear, 2000) - fromYear) * 365));
    return String.format("%02d%02d%02d-%d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
        birth.getYear() % 100, r.nextInt(4), r.nextInt(1000));
  }

  /**
   * A random person of the given gender (last digit odd for men, even for women) born from 1980 to 1995: an adult from
   * 2015 on, and under 50 (in the IGU target group) until 2030.
   */
  public static String adult(boolean male) {
    while (true) {
      String cpr = draw(1980, 1996);
      int last = ThreadLocalRandom.current().nextInt(5) * 2 + (male ? 1 : 0);
      String adult = cpr.substring(0, cpr.length() - 1) + last;
      if (issue(adult)) {
        return adult;
      }
    }
  }

  /** A number for a person born on {@code birth}, of either gender, never handed out before in this run. */
  public static String bornOn(LocalDate birth) {
    return bornOn(birth, ThreadLocalRandom.current().nextBoolean());
  }

  /**
   * A number for a person born on {@code birth} (1900–2036) of the given gender, never handed out before in this run:
   * digit 7 gives the century (0–3 for the 1900s, 4 for 2000–2036), the last digit the gender.
   */
  public static String bornOn(LocalDate birth, boolean male) {
    while (true) {
      ThreadLocalRandom r = ThreadLocalRandom.current();
      int century = birth.getYear() >= 2000 ? 4 : r.nextInt(4);
      String cpr = String.format("%02d%02d%02d-%d%02d%d", birth.getDayOfMonth(), birth.getMonthValue(),
          birth.getYear() % 100, century, r.nextInt(100), r.nextInt(5) * 2 + (male ? 1 : 0));
      if (issue(cpr)) {
        return cpr;
      }
    }
  }

  /** A 1 January number that fails modulus 11, as CPR has issued since 2007; it must be accepted. */
  public static String januaryFirstFailingModulus11() {
    while (true) {
      String candidate = random().substring(6).replace("-", "");
      String cpr = "010190" + candidate;
      if (!passesModulus11(cpr) && issue(cpr.substring(0, 6) + "-" + cpr.substring(6))) {
        return cpr.substring(0, 6) + "-" + cpr.substring(6);
      }
    }
  }

  public static boolean passesModulus11(String tenDigits) {
    return weightedSum(tenDigits) % 11 == 0;
  }

  /**
   * The last digit that makes nine digits pass modulus 11, as CPR numbers issued before 2007 do; 10 where no digit
   * can (such a start has no valid number).
   */
  public static int modulus11CheckDigit(String nineDigits) {
    return (11 - weightedSum(nineDigits) % 11) % 11;
  }

  /** The digits, the first nine or all ten of a CPR number, weighted 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 and summed. */
  private static int weightedSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * MOD11_WEIGHTS[i];
    }
    return sum;
  }
}
