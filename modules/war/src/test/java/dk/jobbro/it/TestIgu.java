package dk.jobbro.it;

import java.time.LocalDate;

/** IGU start dates for tests that start an IGU some days or weeks from today. */
final class TestIgu {

  /**
   * The last day an IGU may start under the rule in force (IguEligibilityRule.LAST_START, the 2023 extension), which
   * the tests cannot see. CaseloadIT's eligibility test compares it with the API's answer, so an extension of the
   * scheme shows here.
   */
  static final LocalDate LAST_START = LocalDate.of(2027, 12, 31);

  private TestIgu() {}

  /**
   * {@code wanted}, or the last start date when that comes sooner: a start "in two weeks" stays inside the scheme in
   * its last weeks too. Once today is past the last start date no date is, and the tests that start an IGU need the
   * rule's next version.
   */
  static LocalDate startOn(LocalDate wanted) {
    return wanted.isAfter(LAST_START) ? LAST_START : wanted;
  }
}
