package dk.jobbro.reporting.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programme benefit recipients per kommune on two days and the net change between them. The levels are person
 * counts, each day's column protected on its own (so a day gets the same treatment whichever request names it); a
 * change is published only between two published levels. With a first day before any data, the change would
 * otherwise be the later level itself.
 */
public final class ProgrammeLevels {

  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final Map<String, Object> total = new LinkedHashMap<>();
  private final ProtectedCounts atFrom;
  private final ProtectedCounts atTo;

  /** @param result per kommune: code, name, recipients on the first day, on the last day, population */
  public ProgrammeLevels(List<Object[]> result) {
    List<String> keys = QueryRows.keys(result);
    long[][] levels = QueryRows.counts(result, 2, 2);
    long[] from = new long[levels.length];
    long[] to = new long[levels.length];
    for (int i = 0; i < levels.length; i++) {
      from[i] = levels[i][0];
      to[i] = levels[i][1];
    }
    atFrom = DisclosureControl.protect(LinkedTables.column(keys, from));
    atTo = DisclosureControl.protect(LinkedTables.column(keys, to));
    List<Map<String, Object>> dims = QueryRows.kommuner(result);
    List<Long> changes = new ArrayList<>();
    List<BigInteger[]> perPerson = new ArrayList<>();
    long population = 0;
    for (int i = 0; i < result.size(); i++) {
      long inhabitants = QueryRows.number(result.get(i)[4]);
      Long change = DisclosureControl.netChange(atFrom.published(atFrom.tables().total(0, i)),
          atTo.published(atTo.tables().total(0, i)));
      Map<String, Object> row = new LinkedHashMap<>(dims.get(i));
      row.put("change", change);
      row.put("population", inhabitants);
      row.put("changePer1000", perThousand(change, inhabitants));
      row.put(PersonTable.SUPPRESSED, change == null ? List.of("change", "changePer1000") : List.of());
      rows.add(row);
      changes.add(change);
      perPerson.add(change == null ? null
          : new BigInteger[] {BigInteger.valueOf(change), BigInteger.valueOf(inhabitants)});
      population += inhabitants;
    }
    List<Long> rank = DisclosureControl.ranks(changes);
    List<Long> rankPer1000 = ranksOfFractions(perPerson);
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).put("rank", rank.get(i));
      rows.get(i).put("rankPer1000", rankPer1000.get(i));
    }
    Long change = DisclosureControl.netChange(atFrom.published(atFrom.tables().grand()),
        atTo.published(atTo.tables().grand()));
    total.put("change", change);
    total.put("population", population);
    total.put("changePer1000", perThousand(change, population));
    total.put(PersonTable.SUPPRESSED, change == null ? List.of("change", "changePer1000") : List.of());
  }

  ProtectedCounts atFrom() {
    return atFrom;
  }

  ProtectedCounts atTo() {
    return atTo;
  }

  /** The rows ranked by {@code rankKey}, a fall first, ties by kommunekode; rows without a change last. */
  public List<Map<String, Object>> rows(String rankKey) {
    List<Map<String, Object>> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing((Map<String, Object> r) -> (Long) r.get(rankKey),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(r -> r.get(QueryRows.KOMMUNE).toString()));
    return ordered;
  }

  public Map<String, Object> total() {
    return total;
  }

  /** As PostgreSQL's round(change * 1000.0 / population, 2): exact, halves away from zero. */
  private static Double perThousand(Long change, long population) {
    if (change == null || population == 0) {
      return null;
    }
    return BigDecimal.valueOf(change).multiply(BigDecimal.valueOf(1000))
        .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP).doubleValue();
  }

  /** Ranks of exact fractions (change, population) among the published ones; ties share the lowest rank. */
  private static List<Long> ranksOfFractions(List<BigInteger[]> fractions) {
    List<Long> ranks = new ArrayList<>();
    for (BigInteger[] f : fractions) {
      if (f == null) {
        ranks.add(null);
        continue;
      }
      long below = fractions.stream().filter(o -> o != null
          && o[0].multiply(f[1]).compareTo(f[0].multiply(o[1])) < 0).count();
      ranks.add(below + 1);
    }
    return ranks;
  }
}
