package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases taken over in one calendar year, per kommune by how the first company-oriented offer went and by gender
 * and work three years on: one protected family, because both breakdowns share each kommune's number of cases.
 * first-offer-compliance shows the first, employment-after-3-years the second.
 */
public final class Takeovers {

  public static final List<String> FIRST_OFFER = List.of("within14Days", "withinMonth", "late", "openOverdue",
      "openTargetMissed", "openNotDue");
  public static final List<String> WORK = List.of("menWorking", "menNot", "womenWorking", "womenNot");
  /** The government's goal: at least half in work or education after three years. */
  public static final double GOAL_SHARE = 50.0;

  private static final int OUTCOME = 0;
  private static final int KOMMUNE = 1;

  private final List<Map<String, Object>> kommuner;
  private final ProtectedCounts counts;

  private Takeovers(List<Map<String, Object>> kommuner, ProtectedCounts counts) {
    this.kommuner = kommuner;
    this.counts = counts;
  }

  /** @param rows per kommune: code, name, the six first-offer outcomes, the four gender-and-work counts */
  public static Takeovers of(List<Object[]> rows) {
    long[][] offers = QueryRows.counts(rows, 2, FIRST_OFFER.size());
    long[][] work = QueryRows.counts(rows, 2 + FIRST_OFFER.size(), WORK.size());
    LinkedTables tables = LinkedTables.chain(List.of(FIRST_OFFER, QueryRows.keys(rows), WORK),
        List.of(QueryRows.transpose(offers, FIRST_OFFER.size()), work));
    return new Takeovers(QueryRows.kommuner(rows), DisclosureControl.protect(tables));
  }

  ProtectedCounts counts() {
    return counts;
  }

  /** Per kommune by first-offer outcome, with the shares of the cases. */
  public PersonTable firstOffer() {
    return PersonTable.of(counts, OUTCOME, KOMMUNE, kommuner, FIRST_OFFER)
        .withShare("within14DaysShare", "within14Days").withShare("withinMonthShare", "withinMonth")
        .withShare("lateShare", "late").withShare("openOverdueShare", "openOverdue");
  }

  /** Per kommune by gender and work, with the shares in work and whether the goal is met. */
  public PersonTable employment() {
    PersonTable table = PersonTable.of(counts, KOMMUNE, KOMMUNE, kommuner, WORK);
    List<Map<String, Object>> all = new ArrayList<>(table.rows());
    all.add(table.total());
    for (Map<String, Object> row : all) {
      row.put("menShare", DisclosureControl.share(count(row, "menWorking"),
          sum(count(row, "menWorking"), count(row, "menNot"))));
      row.put("womenShare", DisclosureControl.share(count(row, "womenWorking"),
          sum(count(row, "womenWorking"), count(row, "womenNot"))));
      Double share = DisclosureControl.share(sum(count(row, "menWorking"), count(row, "womenWorking")),
          count(row, PersonTable.TOTAL));
      row.put("share", share);
      row.put("meetsGoal", share == null ? null : share >= GOAL_SHARE);
    }
    return table;
  }

  /**
   * How many kommuner meet the goal, counted from all figures, and published only when that count cannot pin a
   * hidden figure; how many have a cohort at all (a hidden count is at least 1, so this adds nothing).
   */
  public Map<String, Object> goalSummary() {
    LinkedTables t = counts.tables();
    Map<Integer, DisclosureControl.RowClass> meets = new HashMap<>();
    long meeting = 0;
    long withCohort = 0;
    for (int k = 0; k < t.categories(KOMMUNE).size(); k++) {
      int cohort = t.total(KOMMUNE, k);
      int menWorking = t.cell(KOMMUNE, k, WORK.indexOf("menWorking"));
      int womenWorking = t.cell(KOMMUNE, k, WORK.indexOf("womenWorking"));
      DisclosureControl.RowClass goal = v -> v.applyAsLong(cohort) > 0
          && 2 * (v.applyAsLong(menWorking) + v.applyAsLong(womenWorking)) >= v.applyAsLong(cohort);
      meets.put(t.categoryNode(KOMMUNE, k), goal);
      meeting += (Boolean) goal.of(counts::trueValue) ? 1 : 0;
      withCohort += counts.trueValue(cohort) > 0 ? 1 : 0;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("goalShare", GOAL_SHARE);
    summary.put("kommunerMeetingGoal", DisclosureControl.summaryKeepsCountsHidden(counts, meets) ? meeting : null);
    summary.put("kommunerWithCohort", withCohort);
    return summary;
  }

  private static Long count(Map<String, Object> row, String name) {
    return (Long) row.get(name);
  }

  private static Long sum(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }
}
