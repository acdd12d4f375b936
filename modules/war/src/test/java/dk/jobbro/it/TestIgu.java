package dk.jobbro.it;

import java.time.LocalDate;

/** IGU start dates for tests that start an IGU today or some days or weeks from today. */
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
   * its last weeks too. Once today is past the last start date, the API still registers an IGU that started on or
   * before it (a placement registered after its start), so a test's IGU then starts on the last start date. Tests
   * date the person (takeover, residence permit) and the agreement from the start this returns, not from today, so
   * the person is eligible on it on either side of the scheme's end.
   */
  static LocalDate startOn(LocalDate wanted) {
    return wanted.isAfter(LAST_START) ? LAST_START : wanted;
  }
}
