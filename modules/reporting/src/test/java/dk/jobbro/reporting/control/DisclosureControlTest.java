package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The protection of a family of linked tables, attacked with exact arithmetic by {@link Attacker}: for every hidden
 * figure it builds a second whole-number data set that publishes exactly the same figures (checked equation by
 * equation), in which a small count is 5 or more and any other hidden figure differs. No sum, difference or bound of
 * published figures can therefore recover a hidden count or tell that it is small.
 */
class DisclosureControlTest {

  /** Counts as they come in reports: many zeros and small counts, some large. */
  static Arbitrary<Long> counts() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(0, 0)),
        Tuple.of(4, Arbitraries.longs().between(1, 4)), Tuple.of(3, Arbitraries.longs().between(5, 40)));
  }

  /** A hidden cube of persons (D0 × D1 × D2) whose two faces are published: a chain of two linked tables. */
  @Provide
  Arbitrary<long[][][]> cubes() {
    Arbitrary<Integer> size = Arbitraries.integers().between(1, 4);
    return Combinators.combine(size, Arbitraries.integers().between(1, 6), size).flatAs((a, b, c) ->
        counts().array(long[].class).ofSize(c).array(long[][].class).ofSize(b).array(long[][][].class).ofSize(a));
  }

  @Provide
  Arbitrary<long[][]> tables() {
    return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 4))
        .flatAs((rows, columns) -> counts().array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows));
  }

  @Provide
  Arbitrary<long[]> columns() {
    return counts().array(long[].class).ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 200)
  void inATableNoHiddenCountCanBeWorkedOutOrToldSmall(@ForAll("tables") long[][] body) {
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.table(names("k", body.length),
        names("c", body[0].length), body));
    assertProtected(p);
  }

  @Property(tries = 150)
  void inLinkedTablesNoHiddenCountCanBeWorkedOutOrToldSmall(@ForAll("cubes") long[][][] cube) {
    ProtectedCounts p = DisclosureControl.protect(chainOf(cube));
    assertProtected(p);
  }

  @Property(tries = 200)
  void inAColumnNoHiddenCountCanBeWorkedOutOrToldSmall(@ForAll("columns") long[] column) {
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.column(names("k", column.length), column));
    assertProtected(p);
  }

  static void assertProtected(ProtectedCounts p) {
    LinkedTables t = p.tables();
    for (int e = 0; e < t.edges(); e++) {
      long v = p.trueValue(e);
      if (v > 0 && v < 5) {
        assertThat(p.isHidden(e)).as("a count of %d is hidden", v).isTrue();
      }
      if (v == 0 && !p.withheld()) {
        assertThat(p.isHidden(e)).as("zeros are shown").isFalse();
      }
      if (!p.isHidden(e)) {
        assertThat(p.published(e)).isEqualTo(v);
      }
    }
    assertThat(p.withheld()).as("a family with nothing published elsewhere is never withheld").isFalse();
    Attacker attacker = new Attacker();
    attacker.learn("family", p);
    assertThat(attacker.attackAll()).isEmpty();
  }

  static LinkedTables chainOf(long[][][] cube) {
    int a = cube.length;
    int b = cube[0].length;
    int c = cube[0][0].length;
    long[][] first = new long[a][b];
    long[][] second = new long[b][c];
    for (int i = 0; i < a; i++) {
      for (int k = 0; k < b; k++) {
        for (int l = 0; l < c; l++) {
          first[i][k] += cube[i][k][l];
          second[k][l] += cube[i][k][l];
        }
      }
    }
    return LinkedTables.chain(List.of(names("s", a), names("k", b), names("t", c)), List.of(first, second));
  }

  static List<String> names(String prefix, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(prefix + i);
    }
    return names;
  }

  @Example
  void aLoneSmallCellTakesPartnersThatCanHoldFiveOrMore() {
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.table(names("k", 2), names("c", 3),
        new long[][] {{3, 20, 30}, {40, 50, 60}}));
    LinkedTables t = p.tables();
    assertThat(p.isHidden(t.cell(0, 0, 0))).isTrue();
    assertThat(p.hiddenCount()).isEqualTo(4); // the cheapest cycle: (0,0), (0,1), (1,0), (1,1)
    assertThat(p.published(t.total(0, 0))).isEqualTo(53L); // the row total stays
    assertProtected(p);
  }

  /**
   * A partner in a row whose total is 0 protects nothing: hidden counts are at least 1, so the attacker sees it can
   * only be 0… and so on. Such zeros are never partners; a row with counts is taken instead.
   */
  @Example
  void zerosAreNeverPartners() {
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.table(names("k", 3), names("c", 2),
        new long[][] {{1, 0}, {0, 0}, {7, 6}}));
    LinkedTables t = p.tables();
    assertThat(p.isHidden(t.cell(0, 1, 0)) || p.isHidden(t.cell(0, 1, 1))).isFalse();
    assertProtected(p);
  }

  /** Two small counts that add up to a published 5 would each be known to be below 5: more is hidden. */
  @Example
  void twoSmallCountsWithAPublishedSumOfFiveAreNotEnough() {
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.column(names("k", 4), new long[] {2, 3, 30, 40}));
    assertThat(p.hiddenCount()).isGreaterThan(2);
    assertProtected(p);
  }

  /**
   * The barometer's shape: the women in work are 1 to 3 in every kommune, so no single partner can carry the 2 to 4
   * more that a small count must be able to hold, and the one path that could runs through two national totals.
   * Several small partners together do it, and the national figures stay.
   */
  @Example
  void severalSmallPartnersBeatOnePathThroughTheTotals() {
    long[][] body = new long[30][];
    for (int i = 0; i < body.length; i++) {
      long men = i < 7 ? 8 : i < 18 ? 5 : 4;
      long women = i < 7 ? 3 : i < 17 ? 2 : 1;
      body[i] = new long[] {men, 10 - men, women, 10 - women};
    }
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.table(names("k", 30), names("c", 4), body));
    for (int j = 0; j < 4; j++) {
      assertThat(p.isHidden(p.tables().total(1, j))).as("national column %d", j).isFalse();
    }
    Attacker attacker = new Attacker();
    attacker.learn("barometer", p);
    assertThat(attacker.attackEvery(5)).isEmpty();
  }

  @Example
  void aNationalFamilyOfNinetyEightKommunerIsProtectedQuickly() {
    Random random = new Random(98);
    long[][][] cube = new long[3][98][3];
    for (long[][] plane : cube) {
      for (long[] row : plane) {
        for (int l = 0; l < row.length; l++) {
          row[l] = random.nextInt(10) < 6 ? random.nextInt(3) : random.nextInt(30);
        }
      }
    }
    long start = System.nanoTime();
    ProtectedCounts p = DisclosureControl.protect(chainOf(cube));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("[disclosure] 3 x 98 x 3 linked tables: %d of %d figures hidden in %d ms%n", p.hiddenCount(),
        p.tables().edges(), millis);
    assertThat(millis).isLessThan(10_000);
    Attacker attacker = new Attacker();
    attacker.learn("national", p);
    assertThat(attacker.attackEvery(15)).isEmpty(); // a sample: each exact attack on 700 figures takes a while
  }

  @Example
  void aTableWithoutSmallCountsIsPublishedWhole() {
    assertThat(DisclosureControl.protect(LinkedTables.table(names("k", 2), names("c", 2),
        new long[][] {{5, 0}, {12, 9}})).hiddenCount()).isZero();
  }
}
