package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The smaller rules: fixed periods, the attacker's own honesty, bonus milestones, targets, stable treatment. */
class RulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Example
  void aPeriodIsAWholeCalendarYear() {
    assertThat(ReportPeriod.calendarYear("2017-01-01", "2017-12-31", TODAY).year()).isEqualTo(2017);
    assertThat(ReportPeriod.calendarYear(null, "2019-12-31", TODAY).from()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(ReportPeriod.calendarYear(null, null, TODAY).year()).isEqualTo(2026);
    for (String[] narrower : List.of(new String[] {"2017-04-01", "2017-04-30"}, new String[] {"2017-01-01", null},
        new String[] {"2017-01-01", "2018-12-31"}, new String[] {null, "2017-12-30"})) {
      if (narrower[1] == null) {
        assertThat(ReportPeriod.calendarYear(narrower[0], null, TODAY).to()).isEqualTo(LocalDate.of(2017, 12, 31));
        continue;
      }
      assertThatThrownBy(() -> ReportPeriod.calendarYear(narrower[0], narrower[1], TODAY))
          .isInstanceOf(ProblemException.class);
    }
    assertThat(ReportPeriod.yearEnd("on", "2018-12-31", TODAY)).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(ReportPeriod.yearEnd("on", null, TODAY)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThatThrownBy(() -> ReportPeriod.yearEnd("on", "2018-10-31", TODAY)).isInstanceOf(ProblemException.class);
  }

  /** The attacker must catch what is unsafe, or its silence proves nothing: primary suppression alone is not enough. */
  @Example
  void theAttackerWorksOutWhatPrimarySuppressionAloneLeaves() {
    LinkedTables t = LinkedTables.table(List.of("a", "b"), List.of("men", "women"), new long[][] {{5, 1}, {9, 8}});
    boolean[] onlyPrimary = new boolean[t.edges()];
    onlyPrimary[t.cell(0, 0, 1)] = true;
    Attacker attacker = new Attacker();
    attacker.learn("t", new ProtectedCounts(t, onlyPrimary, new boolean[t.edges()], false));
    assertThat(attacker.attackAll()).singleElement().asString().contains("= 1");
  }

  /** And the old protection's blind spot: a partner in a row of zeros is known to be 0, so the small cell follows. */
  @Example
  void theAttackerUsesThatHiddenCountsAreAtLeastOne() {
    LinkedTables t = LinkedTables.table(List.of("a", "b", "c"), List.of("men", "women"),
        new long[][] {{2, 0}, {0, 0}, {7, 6}});
    boolean[] rectangleWithZeros = new boolean[t.edges()];
    for (int e : new int[] {t.cell(0, 0, 0), t.cell(0, 0, 1), t.cell(0, 1, 0), t.cell(0, 1, 1), t.total(0, 0),
        t.total(1, 0)}) {
      rectangleWithZeros[e] = true;
    }
    Attacker attacker = new Attacker();
    attacker.learn("t", new ProtectedCounts(t, rectangleWithZeros, new boolean[t.edges()], false));
    assertThat(attacker.attackAll()).isNotEmpty();
  }

  /** The finding of the issue: bonus milestone counts were shown as they were. */
  @Example
  void bonusMilestonesAreProtectedAndTheirAmountsWithThem() {
    Map<String, Object> summary = IguBonuses.summary(List.<Object[]>of(new Object[] {"SIX_MONTHS", 3L, 60_000L},
        new Object[] {"COMPLETION", 40L, 800_000L}));
    @SuppressWarnings("unchecked")
    Map<String, Object> six = (Map<String, Object>) summary.get("bonusDueSIX_MONTHS");
    @SuppressWarnings("unchecked")
    Map<String, Object> completion = (Map<String, Object>) summary.get("bonusDueCOMPLETION");
    @SuppressWarnings("unchecked")
    Map<String, Object> all = (Map<String, Object>) summary.get("bonusDueAll");
    assertThat(six.get("milestones")).isNull();
    assertThat(six.get("amountKr")).as("20,000 kr a milestone: the amount is the count").isNull();
    assertThat(completion.get("milestones") == null || all.get("milestones") == null)
        .as("43 − 40 would be the 3").isTrue();
  }

  @Example
  void aMinistrysSmallCountAndItsShareOfTheTargetAreHidden() {
    IguTargets targets = new IguTargets(List.<Object[]>of(new Object[] {"A", 200L, 38L}, new Object[] {"B", 10L, 1L},
        new Object[] {"C", null, 12L}));
    assertThat(targets.rows().get(1).get("actual")).isNull();
    assertThat(targets.rows().get(1).get("shareOfTarget")).as("1 of a public 10").isNull();
    assertThat(targets.rows().get(1).get("target")).isEqualTo(10L);
    assertThat(targets.total().get("target")).isEqualTo(210L);
  }

  /**
   * A cell gets the same treatment whichever request shows it: adding categories with nothing in them (another
   * year's ministry areas with targets, countries nobody comes from) changes nothing for the others.
   */
  @Property(tries = 100)
  void emptyCategoriesChangeNothingForTheOthers(@ForAll("column") long[] column,
      @ForAll @IntRange(min = 0, max = 5) int at) {
    int position = Math.min(at, column.length);
    List<String> names = DisclosureControlTest.names("k", column.length);
    ProtectedCounts plain = DisclosureControl.protect(LinkedTables.column(names, column));
    List<String> more = new ArrayList<>(names);
    more.add(position, "empty");
    long[] withEmpty = new long[column.length + 1];
    for (int i = 0, j = 0; i < withEmpty.length; i++) {
      withEmpty[i] = i == position ? 0 : column[j++];
    }
    ProtectedCounts padded = DisclosureControl.protect(LinkedTables.column(more, withEmpty));
    for (int i = 0; i < column.length; i++) {
      int j = i < position ? i : i + 1;
      assertThat(padded.isHidden(padded.tables().total(0, j))).isEqualTo(plain.isHidden(plain.tables().total(0, i)));
    }
    assertThat(padded.isHidden(padded.tables().grand())).isEqualTo(plain.isHidden(plain.tables().grand()));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<long[]> column() {
    return DisclosureControlTest.counts().array(long[].class).ofMinSize(1).ofMaxSize(10);
  }

  @Example
  void derivedFiguresNeedTheirCountsAndEnoughPersons() {
    assertThat(DisclosureControl.share(3L, 4L)).isNull();
    assertThat(DisclosureControl.share(null, 40L)).isNull();
    assertThat(DisclosureControl.share(6L, 11L)).isEqualTo(54.5);
    assertThat(DisclosureControl.statistic(4, 12.0)).isNull();
    assertThat(DisclosureControl.statistic(5, 12.04)).isEqualTo(12.0);
    assertThat(DisclosureControl.netChange(null, 7L)).isNull();
    assertThat(DisclosureControl.ranks(java.util.Arrays.asList(-2L, null, -2L, 0L))).containsExactly(1L, null, 1L, 3L);
  }
}
