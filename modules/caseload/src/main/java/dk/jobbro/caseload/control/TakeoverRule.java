package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The date on which the kommune takes over responsibility for a newly arrived person (integrationsloven § 4;
 * domain.md 3.2). The programme deadlines, such as the first company-oriented offer, count from this date, so it has
 * to be the legal date and not the day a caseworker happens to open the case.
 *
 * <ul>
 *   <li>Refugees (§ 4 stk. 2): at the end of the first full calendar month after the visitation decision, i.e. on the
 *       first day of the month after that full month. Since L 189 (2016) a takeover that would fall on a Saturday,
 *       Sunday or public holiday passes on the next working day instead.
 *   <li>Quota refugees and family-reunified persons (§ 4 stk. 3): on the day of CPR registration in the kommune.
 * </ul>
 *
 * <p>Assumption: persons under the special laws for Ukraine (2022) and Afghanistan (2021) are visited to a kommune
 * by Udlændingestyrelsen like refugees, so they follow the refugee rule. The earlier takeover that the kommune may
 * agree with the refugee is a case decision, not something this rule can know.
 */
public final class TakeoverRule {

  private TakeoverRule() {}

  /**
   * Takeover date for a refugee visited on {@code visitationDecision}. The first full calendar month after the
   * decision is the month after the decision's month, even when the decision is made on the 1st: a decision on
   * 1 May, 15 May or 31 May all give June as the full month and 1 July as the takeover date.
   */
  public static LocalDate forRefugee(LocalDate visitationDecision) {
    Objects.requireNonNull(visitationDecision, "visitationDecision is required");
    LocalDate dayAfterFirstFullMonth = visitationDecision.withDayOfMonth(1).plusMonths(2);
    return DanishHolidays.nextWorkingDayFrom(dayAfterFirstFullMonth);
  }

  /**
   * The takeover date the law expects for a person with residence {@code basis}. Only the input that the basis needs
   * is read; the other may be null.
   *
   * @throws IllegalArgumentException when the input the basis needs is missing
   */
  public static LocalDate expected(
      ResidenceBasis basis, LocalDate visitationDecision, LocalDate cprRegistration) {
    Objects.requireNonNull(basis, "residenceBasis is required");
    return basis.takeoverFollowsVisitation()
        ? forRefugee(required(visitationDecision, "visitationDecisionDate", basis))
        : required(cprRegistration, "cprRegistrationDate", basis);
  }

  private static LocalDate required(LocalDate date, String name, ResidenceBasis basis) {
    if (date == null) {
      throw new IllegalArgumentException(name + " is required for " + basis);
    }
    return date;
  }
}
