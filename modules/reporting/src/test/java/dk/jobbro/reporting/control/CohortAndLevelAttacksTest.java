package dk.jobbro.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * first-offer-compliance and employment-after-3-years (the same cases taken over in a year, two breakdowns),
 * programme-development (net changes between levels on any two month ends, including months before any data) and
 * handover-quality (per kommune and per sender), each attacked with exact arithmetic by {@link Attacker}.
 */
class CohortAndLevelAttacksTest {

  /** A case taken over in the year: its kommune, first-offer outcome (0–5), gender and whether in work later. */
  record Case(int kommune, int outcome, boolean male, boolean working) {}

  @Provide
  Arbitrary<List<Case>> cases() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5),
        Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Case::new).list().ofMaxSize(45);
  }

  static List<Object[]> takeoverRows(List<Case> cases, int kommuner) {
    List<Object[]> rows = new ArrayList<>();
    for (int k = 0; k < kommuner; k++) {
      int outcomes = Takeovers.FIRST_OFFER.size();
      long[] c = new long[outcomes + Takeovers.WORK.size()];
      for (Case x : cases) {
        if (x.kommune() == k) {
          c[x.outcome()]++;
          c[outcomes + (x.male() ? 0 : 2) + (x.working() ? 0 : 1)]++;
        }
      }
      Object[] row = new Object[2 + c.length];
      row[0] = "k" + k;
      row[1] = "Kommune " + k;
      for (int i = 0; i < c.length; i++) {
        row[2 + i] = c[i];
      }
      rows.add(row);
    }
    return rows;
  }

  @Property(tries = 80)
  void firstOfferAndEmploymentTogetherRecoverNothing(@ForAll("cases") List<Case> cases) {
    Takeovers takeovers = Takeovers.of(takeoverRows(cases, 6));
    Attacker attacker = new Attacker();
    attacker.learn("takeovers", takeovers.counts());
    assertThat(attacker.attackAll()).isEmpty();
    PersonTable offers = takeovers.firstOffer();
    PersonTable work = takeovers.employment();
    for (int k = 0; k < 6; k++) {
      assertThat(offers.rows().get(k).get(PersonTable.TOTAL)).as("the same cases in both reports")
          .isEqualTo(work.rows().get(k).get(PersonTable.TOTAL));
    }
  }

  /**
   * The number of kommuner meeting the goal, when published, pins nothing: the attacker adds each kommune's class
   * (in work ≥ not in work, or fewer) as a bound and still finds a second data set for every hidden figure.
   */
  @Property(tries = 60)
  void theCountOfKommunerMeetingTheGoalPinsNothing(@ForAll("cases") List<Case> cases) {
    Takeovers takeovers = Takeovers.of(takeoverRows(cases, 6));
    if (takeovers.goalSummary().get("kommunerMeetingGoal") == null) {
      return;
    }
    ProtectedCounts counts = takeovers.counts();
    Attacker attacker = new Attacker();
    attacker.learn("takeovers", counts);
    LinkedTables t = counts.tables();
    for (int k = 0; k < 6; k++) {
      if (counts.trueValue(t.total(1, k)) == 0) {
        continue;
      }
      List<Integer> work = new ArrayList<>();
      for (int w = 0; w < Takeovers.WORK.size(); w++) {
        int e = t.cell(1, k, w);
        work.add(attacker.figure("takeovers/cell/1/k" + k + "/" + Takeovers.WORK.get(w), counts.trueValue(e),
            counts.isHidden(e)));
      }
      List<Long> workingMinusNot = List.of(1L, -1L, 1L, -1L);
      long balance = counts.trueValue(t.cell(1, k, 0)) - counts.trueValue(t.cell(1, k, 1))
          + counts.trueValue(t.cell(1, k, 2)) - counts.trueValue(t.cell(1, k, 3));
      if (balance >= 0) {
        attacker.bounded(work, workingMinusNot, 0, null);
      } else {
        attacker.bounded(work, workingMinusNot, -1_000, -1L);
      }
    }
    assertThat(attacker.onlyPinning().attackAll()).isEmpty();
  }

  /**
   * Levels per kommune on four month ends, the first before any data. Every pair of months is requested; the
   * attacker knows every level a request could show (as if it had the changes from the empty month) and every
   * change, and still recovers no level.
   */
  @Property(tries = 80)
  void noLevelIsRecoverableFromTheChangesOfAnyTwoMonths(
      @ForAll("levels") long[][] levels) {
    int kommuner = levels[0].length;
    long[][] months = new long[levels.length + 1][kommuner]; // month 0: before any data
    System.arraycopy(levels, 0, months, 1, levels.length);
    Attacker attacker = new Attacker();
    for (int a = 0; a < months.length; a++) {
      for (int b = a + 1; b < months.length; b++) {
        ProgrammeLevels report = new ProgrammeLevels(programmeRows(months[a], months[b]));
        List<Integer> from = attacker.learn("month" + a, report.atFrom());
        List<Integer> to = attacker.learn("month" + b, report.atTo());
        for (Map<String, Object> row : report.rows("rank")) {
          int k = Integer.parseInt(row.get("kommune").toString().substring(1));
          if (row.get("change") != null) {
            assertThat(report.atFrom().isHidden(report.atFrom().tables().total(0, k))).isFalse();
            assertThat(report.atTo().isHidden(report.atTo().tables().total(0, k))).isFalse();
            attacker.difference(to.get(k), from.get(k), (Long) row.get("change"));
          }
        }
      }
    }
    assertThat(attacker.attackAll()).isEmpty();
  }

  @Provide
  Arbitrary<long[][]> levels() {
    return DisclosureControlTest.counts().array(long[].class).ofSize(6).array(long[][].class).ofSize(3);
  }

  static List<Object[]> programmeRows(long[] from, long[] to) {
    List<Object[]> rows = new ArrayList<>();
    for (int k = 0; k < from.length; k++) {
      rows.add(new Object[] {"k" + k, "Kommune " + k, from[k], to[k], 1_000L + 250L * k});
    }
    return rows;
  }

  /** The attack of the issue: 'from' before any data made the net change the level, and 2 recipients showed. */
  @Example
  void aChangeFromBeforeAnyDataDoesNotShowASmallLevel() {
    long[] nothing = new long[4];
    ProgrammeLevels report = new ProgrammeLevels(programmeRows(nothing, new long[] {2, 40, 17, 0}));
    Map<String, Object> byKommune = report.rows("rank").stream()
        .filter(r -> r.get("kommune").equals("k0")).findFirst().orElseThrow();
    assertThat(byKommune.get("change")).isNull();
    assertThat(byKommune.get("rank")).isNull();
    List<Map<String, Object>> rows = report.rows("rank");
    assertThat(rows.subList(2, 4)).as("the level of 2 takes the 17 as its partner; rows without a change last")
        .extracting(r -> r.get("kommune")).containsExactly("k0", "k2");
    assertThat(rows.subList(2, 4)).extracting(r -> r.get("change")).containsOnlyNulls();
    assertThat(report.total().get("change")).as("the national 59 leaves 19 for the two hidden ones").isEqualTo(59L);
  }

  @Example
  void netChangesBetweenPublishedLevelsAreShownAsTheyAre() {
    ProgrammeLevels report = new ProgrammeLevels(programmeRows(new long[] {43, 32, 7, 0}, new long[] {5, 5, 5, 0}));
    List<Map<String, Object>> rows = report.rows("rank");
    assertThat(rows.get(0).get("kommune")).isEqualTo("k0");
    assertThat(rows.get(0).get("change")).isEqualTo(-38L);
    assertThat(rows.get(2).get("change")).isEqualTo(-2L); // a net change, not a count of persons
    assertThat(rows.get(3).get("rank")).isEqualTo(4L);
    assertThat(report.total().get("change")).isEqualTo(-67L);
  }

  /** A handover of the period: its kommune, its sender, whether taken over. */
  record Handover(int kommune, int sender, boolean takenOver) {}

  @Provide
  Arbitrary<List<Handover>> handovers() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3),
        Arbitraries.of(true, false)).as(Handover::new).list().ofMaxSize(45);
  }

  static List<Object[]> handoverRows(List<Handover> hs, int kommuner, int senders, long leadPersons) {
    List<Object[]> rows = new ArrayList<>();
    for (int k = 0; k < kommuner; k++) {
      long[] c = new long[2];
      for (Handover h : hs) {
        if (h.kommune() == k) {
          c[h.takenOver() ? 0 : 1]++;
        }
      }
      rows.add(new Object[] {"kommune", "k" + k, "Kommune " + k, c[0], c[1], 80.0, 30.0, leadPersons});
    }
    for (int s = 0; s < senders; s++) {
      long[] c = new long[2];
      for (Handover h : hs) {
        if (h.sender() == s) {
          c[h.takenOver() ? 0 : 1]++;
        }
      }
      if (c[0] + c[1] > 0) {
        rows.add(new Object[] {"sender", "s" + s, "s" + s, c[0], c[1], 70.0, 25.0, leadPersons});
      }
    }
    return rows;
  }

  @Property(tries = 80)
  void handoversPerKommuneAndPerSenderTogetherRecoverNothing(@ForAll("handovers") List<Handover> hs) {
    HandoverQuality quality = new HandoverQuality(handoverRows(hs, 6, 4, 9));
    Attacker attacker = new Attacker();
    attacker.learn("handovers", quality.counts());
    assertThat(attacker.attackAll()).isEmpty();
  }

  /** The attack of the issue: a median lead time that rested on one person. */
  @Example
  void aMedianOverFewerThanFivePersonsIsNotShownEvenWhenTheRowIsLarge() {
    List<Handover> hs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      hs.add(new Handover(0, 0, true));
    }
    HandoverQuality quality = new HandoverQuality(handoverRows(hs, 1, 1, 1));
    Map<String, Object> row = quality.byKommune().rows().get(0);
    assertThat(row.get("takenOver")).isEqualTo(8L);
    assertThat(row.get("medianLeadDays")).as("the median rests on one visitation date").isNull();
    assertThat(row.get("averageCompleteness")).isEqualTo(80.0);
  }
}
