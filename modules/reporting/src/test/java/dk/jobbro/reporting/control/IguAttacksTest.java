package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The IGU reports attacked together: igu-placements (starts per kommune by sector), igu-pipeline (the same starts by
 * status) and every national filter of the pipeline (by gender, by age band, by country), all for the same year.
 * The attacker knows that both breakdowns share each kommune's starts and that each filter's categories add up to
 * the national starts by status, so "unfiltered minus men", "placements minus pipeline" and "national minus the
 * kommuner shown" are all among the sums it works with.
 */
class IguAttacksTest {

  /** One person's placement, as the views have it. */
  record Placement(int kommune, int sector, int status, String gender, String ageBand, String country) {}

  static final String[] COUNTRIES = {"syrien", "eritrea", "afghanistan", "iran"};

  @Provide
  Arbitrary<List<Placement>> placements() {
    Arbitrary<Placement> one = Combinators.combine(
        Arbitraries.integers().between(0, 5).edgeCases(c -> c.add(0)),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
        Arbitraries.of("MALE", "FEMALE"), Arbitraries.of("18-24", "25-29", "30-39", "40-49", "other"),
        Arbitraries.of(COUNTRIES)).as(Placement::new);
    return one.list().ofMinSize(0).ofMaxSize(45);
  }

  static List<Object[]> perKommune(List<Placement> ps, int kommuner) {
    List<Object[]> rows = new ArrayList<>();
    for (int k = 0; k < kommuner; k++) {
      long[] c = new long[6];
      for (Placement p : ps) {
        if (p.kommune() == k) {
          c[p.sector()]++;
          c[3 + p.status()]++;
        }
      }
      rows.add(new Object[] {"k" + k, "Kommune " + k, c[0], c[1], c[2], c[3], c[4], c[5]});
    }
    return rows;
  }

  static List<Object[]> nationallyBy(List<Placement> ps, String by) {
    Map<String, long[]> byCategory = new LinkedHashMap<>();
    for (Placement p : ps) {
      String category = switch (by) {
        case "gender" -> p.gender();
        case "ageBand" -> p.ageBand();
        default -> p.country();
      };
      byCategory.computeIfAbsent(category, c -> new long[3])[p.status()]++;
    }
    List<Object[]> rows = new ArrayList<>();
    byCategory.forEach((c, n) -> rows.add(new Object[] {c, n[0], n[1], n[2]}));
    return rows;
  }

  @Property(tries = 80)
  void noStartIsRecoverableFromPlacementsPipelineAndFiltersTogether(@ForAll("placements") List<Placement> ps) {
    IguStarts starts = IguStarts.of(perKommune(ps, 6));
    Attacker attacker = new Attacker();
    attacker.learn("igu", starts.counts());
    for (String by : List.of("gender", "ageBand", "country")) {
      Optional<ProtectedCounts> national = starts.national(nationallyBy(ps, by),
          by.equals("country") ? List.of(COUNTRIES) : IguStarts.CHARACTERISTICS.get(by));
      if (national.isPresent()) {
        attacker.learn("igu-" + by, national.get());
        linkStatusTotals(attacker, starts.counts(), "igu", national.get(), "igu-" + by);
      }
    }
    assertThat(attacker.attackAll()).isEmpty();
  }

  /** The national table's totals by status are the main family's: the attacker knows they are the same figures. */
  static void linkStatusTotals(Attacker attacker, ProtectedCounts main, String mainName, ProtectedCounts national,
      String nationalName) {
    for (int l = 0; l < IguStarts.STATUSES.size(); l++) {
      String status = IguStarts.STATUSES.get(l);
      int a = attacker.figure(mainName + "/total/2/" + status, main.trueValue(main.tables().total(2, l)),
          main.isHidden(main.tables().total(2, l)));
      int b = attacker.figure(nationalName + "/total/1/" + status,
          national.trueValue(national.tables().total(1, l)), national.isHidden(national.tables().total(1, l)));
      attacker.same(a, b);
    }
    attacker.same(attacker.figure(mainName + "/grand", main.trueValue(main.tables().grand()),
        main.isHidden(main.tables().grand())), attacker.figure(nationalName + "/grand",
        national.trueValue(national.tables().grand()), national.isHidden(national.tables().grand())));
  }

  @Property(tries = 100)
  void aKommunesStartsAreTheSameFigureInPlacementsAndPipeline(@ForAll("placements") List<Placement> ps) {
    IguStarts starts = IguStarts.of(perKommune(ps, 6));
    PersonTable bySector = starts.bySector();
    PersonTable byStatus = starts.byStatus();
    for (int k = 0; k < 6; k++) {
      assertThat(bySector.rows().get(k).get(PersonTable.TOTAL)).isEqualTo(byStatus.rows().get(k).get(PersonTable.TOTAL));
    }
    assertThat(bySector.total().get(PersonTable.TOTAL)).isEqualTo(byStatus.total().get(PersonTable.TOTAL));
  }

  /**
   * The top-N share for every N: the differences of consecutive top counts are published totals (or 0), never a
   * hidden one, since the top counts are sums of published totals only.
   */
  @Property(tries = 100)
  void noChoiceOfTopSinglesOutAHiddenCount(@ForAll("placements") List<Placement> ps) {
    IguStarts starts = IguStarts.of(perKommune(ps, 6));
    List<Object> published = starts.bySector().rows().stream().map(r -> r.get(PersonTable.TOTAL))
        .filter(v -> v != null).toList();
    long previous = 0;
    for (int n = 1; n <= 6; n++) {
      long topCount = (Long) starts.concentration(n).get("topCount");
      long difference = topCount - previous;
      assertThat(difference == 0 || published.contains(difference)).as("top %d − top %d", n, n - 1).isTrue();
      previous = topCount;
    }
  }

  /**
   * How many kommuner have one or two: published only when even with it no hidden figure can be worked out. The
   * attacker adds what it tells as bounds (each hidden kommune total of 1 or 2 stays in 1..2, every other one stays
   * at 3 or more) and must still find a second data set for every hidden figure.
   */
  @Property(tries = 80)
  void theCountOfKommunerWithOneOrTwoPinsNothing(@ForAll("placements") List<Placement> ps) {
    IguStarts starts = IguStarts.of(perKommune(ps, 6));
    Object withOneOrTwo = starts.concentration(10).get("kommunerWithOneOrTwo");
    if (withOneOrTwo == null) {
      return;
    }
    ProtectedCounts counts = starts.counts();
    Attacker attacker = new Attacker();
    attacker.learn("igu", counts);
    for (int k = 0; k < 6; k++) {
      int edge = counts.tables().total(1, k);
      if (counts.isHidden(edge)) {
        int total = attacker.figure("igu/total/1/k" + k, counts.trueValue(edge), true);
        long v = counts.trueValue(edge);
        if (v == 1 || v == 2) {
          attacker.bounded(List.of(total), List.of(1L), 1, 2L);
        } else {
          attacker.bounded(List.of(total), List.of(1L), 3, null);
        }
      }
    }
    assertThat(attacker.onlyPinning().attackAll()).isEmpty();
  }

  /** Four kommuner with two placements each and nothing else hidden: "4 with one or two" would give all four away. */
  @Example
  void allTwosWithholdTheCountOfKommunerWithOneOrTwo() {
    List<Placement> ps = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      ps.add(new Placement(k, 2, 0, "MALE", "25-29", "syrien"));
      ps.add(new Placement(k, 2, 0, "MALE", "25-29", "syrien"));
    }
    for (int i = 0; i < 30; i++) {
      ps.add(new Placement(4 + i % 2, 2, 0, "MALE", "25-29", "syrien"));
    }
    IguStarts starts = IguStarts.of(perKommune(ps, 6));
    assertThat(starts.concentration(10).get("kommunerWithOneOrTwo")).isNull();
  }

  /** The spring 2017 shape: ones and twos mixed, so the count can be shown (31 of them then). */
  @Example
  void onesAndTwosMixedShowTheCountOfKommunerWithOneOrTwo() {
    List<Placement> ps = new ArrayList<>();
    int[] perKommune = {30, 30, 5, 6, 1, 1, 2, 2, 0, 0};
    for (int k = 0; k < perKommune.length; k++) {
      for (int i = 0; i < perKommune[k]; i++) {
        ps.add(new Placement(k, 2, 0, "MALE", "25-29", "syrien"));
      }
    }
    IguStarts starts = IguStarts.of(perKommune(ps, perKommune.length));
    Map<String, Object> summary = starts.concentration(2);
    assertThat(summary.get("kommunerWithOneOrTwo")).isEqualTo(4L);
    assertThat(summary.get("kommunerWithNone")).isEqualTo(2L);
    assertThat(summary.get("topCount")).isEqualTo(60L);
    assertThat(starts.bySector().total().get(PersonTable.TOTAL)).isEqualTo(77L);
  }

  /**
   * The attack of the issue: the pipeline for all, minus the pipeline for men, gave a kommune's women. Now a filter
   * gives national figures only, protected with the national totals they add up to.
   */
  @Example
  void allMinusMenGivesNoHiddenWomen() {
    List<Placement> ps = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ps.add(new Placement(0, 2, 0, "MALE", "25-29", "syrien"));
    }
    ps.add(new Placement(0, 2, 0, "FEMALE", "25-29", "syrien"));
    ps.add(new Placement(0, 2, 0, "FEMALE", "25-29", "syrien"));
    for (int i = 0; i < 10; i++) {
      ps.add(new Placement(1, 2, i % 2, "MALE", "30-39", "eritrea"));
    }
    IguStarts starts = IguStarts.of(perKommune(ps, 2));
    Map<String, Object> women = starts.nationally(nationallyBy(ps, "gender"), IguStarts.CHARACTERISTICS.get("gender"),
        "FEMALE");
    Map<String, Object> men = starts.nationally(nationallyBy(ps, "gender"), IguStarts.CHARACTERISTICS.get("gender"),
        "MALE");
    Long all = (Long) starts.byStatus().total().get(PersonTable.TOTAL);
    assertThat(all).isEqualTo(24L);
    assertThat(women.get(PersonTable.TOTAL)).isNull(); // 2 women
    assertThat(men.get(PersonTable.TOTAL)).as("all − men would be the 2 women").isNull();
    Attacker attacker = new Attacker();
    attacker.learn("igu", starts.counts());
    ProtectedCounts national = starts.national(nationallyBy(ps, "gender"), IguStarts.CHARACTERISTICS.get("gender"))
        .orElseThrow();
    attacker.learn("igu-gender", national);
    linkStatusTotals(attacker, starts.counts(), "igu", national, "igu-gender");
    assertThat(attacker.attackAll()).isEmpty();
  }
}
