package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.IguEligibility;
import dk.jobbro.api.caseload.IguEligibility.Condition;
import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a person may start an IGU (integrationsgrunduddannelse) on a start date. The rule has changed four times and the
 * scheme is a trial that keeps being extended (domain.md 1.1 and 1.7), so the version applied is the one in force on
 * the <em>start date</em>, not today's:
 *
 * <table>
 *   <caption>Rule versions</caption>
 *   <tr><th>Version</th><th>Start dates</th><th>Age at start</th><th>Since residence permit</th>
 *       <th>Target group</th></tr>
 *   <tr><td>IGU-2016</td><td>2016-07-01 to 2021-04-30</td><td>18 to under 40</td><td>under 5 years</td>
 *       <td>refugees, quota refugees, family-reunified to refugees</td></tr>
 *   <tr><td>IGU-2021</td><td>2021-05-01 to 2022-03-16</td><td>18 to under 40</td><td>under 10 years (L 202)</td>
 *       <td>as IGU-2016</td></tr>
 *   <tr><td>IGU-2022-03</td><td>2022-03-17 to 2022-06-30</td><td>as IGU-2021</td><td>as IGU-2021</td>
 *       <td>as IGU-2016, and persons with a permit under the Ukraine special law</td></tr>
 *   <tr><td>IGU-2022-07</td><td>2022-07-01 to 2023-12-31</td><td>as IGU-2021</td><td>as IGU-2021</td>
 *       <td>as IGU-2022-03, and persons with a permit under the Afghan special law</td></tr>
 *   <tr><td>IGU-2024</td><td>2024-01-01 to 2027-12-31</td><td>18 to under 50</td><td>under 20 years</td>
 *       <td>every residence basis: refugees, all family-reunified, both special-law groups</td></tr>
 * </table>
 *
 * <p>The special-law groups entered the IGU law's § 2, stk. 1, as nr. 5 and nr. 6: displaced persons from Ukraine by
 * lov nr. 324 af 16. marts 2022 (the Ukraine special law itself, in force from 17 March 2022, following the tripartite
 * supplement of 13 March 2022), and persons with a permit under the law for Afghans who assisted Danish authorities
 * by lov nr. 916 af 21. juni 2022 (bill L 186 of 2021-22, in force from 1 July 2022, following the tripartite agreement
 * of 14 February 2022). Before those dates a special-law permit did not give access to an IGU under any rule.
 *
 * <p>No IGU may start before 2016-07-01, when lov nr. 623 af 8. juni 2016 came into force, or after 2027-12-31, the
 * last start date under the 2023 extension. When the scheme is closed on the start date the rule version is
 * "none", and the age, residence and target-group conditions are reported as not met because there is no
 * rule to meet.
 *
 * <p>Date semantics: age and time since the permit are counted in completed years, as {@link Period} does. A person
 * born on 29 February, or with a permit dated 29 February, reaches the anniversary on 1 March in common years. The
 * 2024 wording "up to 20 years" is read as "less than 20 years", like the older "under 5 years" and "under 10 years":
 * the person is eligible up to the day before the 20th anniversary of the permit. A permit dated after the start date
 * does not meet the residence condition, since the person has no permit on the start date.
 *
 * <p>A person can complete only one IGU (one that ended early does not count); the rule trusts the caller's
 * {@link IguCandidate#hadIguBefore()} flag for that.
 * The company's own checks (no earlier ordinary job there) are outside this rule.
 */
public final class IguEligibilityRule {

  /** The IGU law came into force on this date. */
  static final LocalDate SCHEME_START = LocalDate.of(2016, 7, 1);

  /** The last start date under the current extension (trepart September 2023). */
  static final LocalDate LAST_START = LocalDate.of(2027, 12, 31);

  /** Lov nr. 324 af 16. marts 2022 (the Ukraine special law) came into force, adding its group to the IGU law. */
  static final LocalDate UKRAINE_SPECIAL_LAW = LocalDate.of(2022, 3, 17);

  /** Lov nr. 916 af 21. juni 2022 came into force, adding the Afghan special-law group to the IGU law. */
  static final LocalDate AFGHAN_SPECIAL_LAW = LocalDate.of(2022, 7, 1);

  /** The rule version reported when no IGU rule is in force on the start date. */
  static final String NO_RULE = "none";

  static final int MINIMUM_AGE = 18;

  private static final String REFUGEES_ONLY = "refugees, quota refugees and family-reunified to refugees";

  private static final List<Version> VERSIONS = List.of(
      new Version("IGU-2016", SCHEME_START, LocalDate.of(2021, 4, 30), 40, 5,
          EnumSet.of(ResidenceBasis.REFUGEE, ResidenceBasis.QUOTA_REFUGEE, ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE),
          REFUGEES_ONLY),
      new Version("IGU-2021", LocalDate.of(2021, 5, 1), LocalDate.of(2022, 3, 16), 40, 10,
          EnumSet.of(ResidenceBasis.REFUGEE, ResidenceBasis.QUOTA_REFUGEE, ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE),
          REFUGEES_ONLY),
      new Version("IGU-2022-03", UKRAINE_SPECIAL_LAW, LocalDate.of(2022, 6, 30), 40, 10,
          EnumSet.of(ResidenceBasis.REFUGEE, ResidenceBasis.QUOTA_REFUGEE, ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE,
              ResidenceBasis.SPECIAL_LAW_UKRAINE),
          REFUGEES_ONLY + ", and the Ukraine special-law group"),
      new Version("IGU-2022-07", AFGHAN_SPECIAL_LAW, LocalDate.of(2023, 12, 31), 40, 10,
          EnumSet.of(ResidenceBasis.REFUGEE, ResidenceBasis.QUOTA_REFUGEE, ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE,
              ResidenceBasis.SPECIAL_LAW_UKRAINE, ResidenceBasis.SPECIAL_LAW_AFGHANISTAN),
          REFUGEES_ONLY + ", and the Ukraine and Afghanistan special-law groups"),
      new Version("IGU-2024", LocalDate.of(2024, 1, 1), LAST_START, 50, 20,
          EnumSet.allOf(ResidenceBasis.class),
          "refugees, all family-reunified and the Ukraine and Afghanistan special-law groups"));

  private IguEligibilityRule() {}

  /**
   * Checks every condition for {@code candidate} starting an IGU on {@code startDate}. When eligible, the result also
   * carries the last start date up to which every day is eligible, found by checking each day up to
   * 2027-12-31: the rules change over time, so a closed formula would be easy to get wrong.
   */
  public static IguEligibility check(IguCandidate candidate, LocalDate startDate) {
    Objects.requireNonNull(candidate, "candidate is required");
    Objects.requireNonNull(startDate, "startDate is required");
    Optional<Version> version = versionOn(startDate);
    List<Condition> conditions = conditions(candidate, startDate, version);
    boolean eligible = allMet(conditions);
    return new IguEligibility(
        startDate,
        eligible,
        version.map(Version::name).orElse(NO_RULE),
        conditions,
        eligible ? lastEligibleStartDate(candidate, startDate) : null);
  }

  private static LocalDate lastEligibleStartDate(IguCandidate candidate, LocalDate eligibleStart) {
    LocalDate last = eligibleStart;
    while (last.isBefore(LAST_START)) {
      LocalDate next = last.plusDays(1);
      if (!allMet(conditions(candidate, next, versionOn(next)))) {
        break;
      }
      last = next;
    }
    return last;
  }

  private static boolean allMet(List<Condition> conditions) {
    return conditions.stream().allMatch(Condition::met);
  }

  private static Optional<Version> versionOn(LocalDate date) {
    return VERSIONS.stream().filter(v -> !date.isBefore(v.from()) && !date.isAfter(v.to())).findFirst();
  }

  private static List<Condition> conditions(IguCandidate candidate, LocalDate startDate, Optional<Version> version) {
    List<Condition> conditions = new ArrayList<>(5);
    conditions.add(schemeOpen(startDate, version));
    conditions.add(version.map(v -> age(candidate, startDate, v)).orElseGet(() -> notAssessed("AGE")));
    conditions.add(residencePeriod(candidate, startDate, version));
    conditions.add(version.map(v -> targetGroup(candidate, v)).orElseGet(() -> notAssessed("TARGET_GROUP")));
    conditions.add(noEarlierIgu(candidate));
    return conditions;
  }

  private static Condition schemeOpen(LocalDate startDate, Optional<Version> version) {
    if (version.isPresent()) {
      return new Condition("SCHEME_OPEN", true,
          version.get().name() + " is in force on the start date; an IGU may start from " + SCHEME_START + " to "
              + LAST_START);
    }
    String detail = startDate.isBefore(SCHEME_START)
        ? "no IGU may start before " + SCHEME_START + ", when the IGU law came into force"
        : "no IGU may start after " + LAST_START + ", the last start date under the current extension";
    return new Condition("SCHEME_OPEN", false, detail);
  }

  private static Condition notAssessed(String code) {
    return new Condition(code, false, "not assessed: no IGU rule is in force on the start date");
  }

  private static Condition age(IguCandidate candidate, LocalDate startDate, Version version) {
    String limit = version.name() + " requires " + MINIMUM_AGE + " to under " + version.maximumAge();
    if (candidate.birthDate().isAfter(startDate)) {
      return new Condition("AGE", false, "born after the start date; " + limit);
    }
    int age = Period.between(candidate.birthDate(), startDate).getYears();
    boolean met = age >= MINIMUM_AGE && age < version.maximumAge();
    return new Condition("AGE", met, "age " + age + " on the start date; " + limit);
  }

  private static Condition residencePeriod(IguCandidate candidate, LocalDate startDate, Optional<Version> version) {
    LocalDate permit = candidate.residencePermitDate();
    if (permit == null) {
      return new Condition("RESIDENCE_PERIOD", false, "residence-permit date is not registered");
    }
    if (version.isEmpty()) {
      return notAssessed("RESIDENCE_PERIOD");
    }
    Version v = version.get();
    String limit = v.name() + " requires under " + v.maximumResidenceYears() + " years";
    if (permit.isAfter(startDate)) {
      return new Condition("RESIDENCE_PERIOD", false,
          "the residence permit (" + permit + ") is dated after the start date; " + limit);
    }
    Period since = Period.between(permit, startDate);
    boolean met = since.getYears() < v.maximumResidenceYears();
    return new Condition("RESIDENCE_PERIOD", met, describe(since) + " since the residence permit; " + limit);
  }

  private static Condition targetGroup(IguCandidate candidate, Version version) {
    ResidenceBasis basis = candidate.residenceBasis();
    boolean met = version.targetGroup().contains(basis);
    return new Condition("TARGET_GROUP", met,
        "residence basis " + basis + (met ? " is" : " is not") + " in the " + version.name() + " target group ("
            + version.targetGroupText() + ")");
  }

  private static Condition noEarlierIgu(IguCandidate candidate) {
    return candidate.hadIguBefore()
        ? new Condition("NO_EARLIER_IGU", false,
            "an IGU is running or was completed; a person can complete only one IGU")
        : new Condition("NO_EARLIER_IGU", true, "no running or completed IGU is registered");
  }

  private static String describe(Period period) {
    return plural(period.getYears(), "year") + " " + plural(period.getMonths(), "month");
  }

  private static String plural(int count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /** One version of the eligibility rule and the start dates it covers, both inclusive. */
  private record Version(
      String name,
      LocalDate from,
      LocalDate to,
      int maximumAge,
      int maximumResidenceYears,
      Set<ResidenceBasis> targetGroup,
      String targetGroupText) {}
}
