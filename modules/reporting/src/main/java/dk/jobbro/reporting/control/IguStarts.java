package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The IGU placements started in one calendar year, per kommune by employer sector and by status: one protected
 * family, because both breakdowns share each kommune's number of starts. igu-placements shows the first breakdown,
 * igu-pipeline the second; a kommune's starts are the same figure in both, hidden or shown in both.
 */
public final class IguStarts {

  public static final List<String> SECTORS = List.of("municipal", "state", "private");
  public static final List<String> STATUSES = List.of("running", "completed", "endedEarly");
  /** The characteristics the pipeline can be broken down by, each into categories that cover every placement. */
  public static final Map<String, List<String>> CHARACTERISTICS = Map.of(
      "gender", List.of("MALE", "FEMALE"),
      "ageBand", List.of("18-24", "25-29", "30-39", "40-49", "other"),
      "country", List.of());

  private static final int SECTOR = 0;
  private static final int KOMMUNE = 1;
  private static final int STATUS = 2;

  private final List<Map<String, Object>> kommuner;
  private final ProtectedCounts counts;

  private IguStarts(List<Map<String, Object>> kommuner, ProtectedCounts counts) {
    this.kommuner = kommuner;
    this.counts = counts;
  }

  /** @param rows per kommune: code, name, municipal, state, private, running, completed, ended early */
  public static IguStarts of(List<Object[]> rows) {
    long[][] bySector = QueryRows.counts(rows, 2, SECTORS.size());
    long[][] byStatus = QueryRows.counts(rows, 2 + SECTORS.size(), STATUSES.size());
    LinkedTables tables = LinkedTables.chain(List.of(SECTORS, QueryRows.keys(rows), STATUSES),
        List.of(QueryRows.transpose(bySector, SECTORS.size()), byStatus));
    return new IguStarts(QueryRows.kommuner(rows), DisclosureControl.protect(tables));
  }

  ProtectedCounts counts() {
    return counts;
  }

  /** Per kommune by sector, with the total of starts (igu-placements). */
  public PersonTable bySector() {
    return PersonTable.of(counts, SECTOR, KOMMUNE, kommuner, SECTORS);
  }

  /** Per kommune by status, with the same total of starts (igu-pipeline). */
  public PersonTable byStatus() {
    return PersonTable.of(counts, KOMMUNE, KOMMUNE, kommuner, STATUSES);
  }

  /**
   * How concentrated the starts are: the share held by the {@code top} kommuner with the most published starts,
   * computed from published figures only (a hidden count is never part of it, so no choice of {@code top} can
   * single one out); how many kommuner have none (zeros are shown anyway); and how many have one or two, which is
   * published only when it cannot pin any hidden count ({@link DisclosureControl#summaryKeepsCountsHidden}).
   */
  public Map<String, Object> concentration(int top) {
    LinkedTables t = counts.tables();
    List<Long> published = new ArrayList<>();
    Map<Integer, DisclosureControl.RowClass> oneOrTwo = new HashMap<>();
    for (int k = 0; k < t.categories(KOMMUNE).size(); k++) {
      int edge = t.total(KOMMUNE, k);
      published.add(counts.published(edge));
      oneOrTwo.put(t.categoryNode(KOMMUNE, k), value -> value.applyAsLong(edge) == 1 || value.applyAsLong(edge) == 2);
    }
    long topCount = published.stream().filter(Objects::nonNull).sorted(Comparator.reverseOrder()).limit(top)
        .mapToLong(Long::longValue).sum();
    Long grand = counts.published(t.grand());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("top", top);
    summary.put("topCount", topCount);
    summary.put("topShare", grand == null || grand == 0 ? null : Math.round(1000.0 * topCount / grand) / 10.0);
    summary.put("topHoldsMoreThanHalf", grand == null ? null : 2 * topCount > grand);
    summary.put("kommunerWithNone", published.stream().filter(c -> c != null && c == 0).count());
    long withOneOrTwo = 0;
    for (int k = 0; k < published.size(); k++) {
      long v = counts.trueValue(t.total(KOMMUNE, k));
      withOneOrTwo += v == 1 || v == 2 ? 1 : 0;
    }
    summary.put("kommunerWithOneOrTwo",
        DisclosureControl.summaryKeepsCountsHidden(counts, oneOrTwo) ? withOneOrTwo : null);
    return summary;
  }

  /**
   * The whole country's starts of one category of a characteristic, by status, taken from the breakdown of all
   * categories (see {@link #national}). A kommune's starts are never broken down by a characteristic: "all minus
   * men" would then give its women.
   *
   * @param rows per category: category, running, completed, ended early
   * @param categories the categories to show even when empty (the rows may add others, e.g. countries)
   */
  public Map<String, Object> nationally(List<Object[]> rows, List<String> categories, String category) {
    List<String> shown = new ArrayList<>(categories);
    if (!shown.contains(category)) {
      shown.add(category);
    }
    Optional<ProtectedCounts> national = national(rows, shown);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("category", category);
    List<String> hidden = new ArrayList<>();
    int row = national.map(p -> p.tables().categories(0).indexOf(category)).orElse(-1);
    for (int l = 0; l <= STATUSES.size(); l++) {
      String name = l < STATUSES.size() ? STATUSES.get(l) : PersonTable.TOTAL;
      Long value = null;
      if (national.isPresent()) {
        LinkedTables t = national.get().tables();
        value = national.get().published(l < STATUSES.size() ? t.cell(0, row, l) : t.total(0, row));
      }
      result.put(name, value);
      if (value == null) {
        hidden.add(name);
      }
    }
    result.put(PersonTable.SUPPRESSED, hidden);
    return result;
  }

  /**
   * The national table categories × status, protected with its totals by status and its grand total held as this
   * family publishes them, so that it adds nothing to subtract from; empty unless all of those are published here.
   */
  Optional<ProtectedCounts> national(List<Object[]> rows, List<String> categories) {
    Map<String, long[]> byCategory = new LinkedHashMap<>();
    categories.forEach(c -> byCategory.put(c, new long[STATUSES.size()]));
    for (Object[] r : rows) {
      long[] cells = byCategory.computeIfAbsent(r[0].toString(), c -> new long[STATUSES.size()]);
      for (int l = 0; l < STATUSES.size(); l++) {
        cells[l] += QueryRows.number(r[1 + l]);
      }
    }
    LinkedTables national = LinkedTables.table(new ArrayList<>(byCategory.keySet()), STATUSES,
        byCategory.values().toArray(long[][]::new));
    LinkedTables main = counts.tables();
    Set<Integer> publishedHere = new HashSet<>();
    boolean linked = Objects.equals(counts.published(main.grand()), national.value(national.grand()));
    publishedHere.add(national.grand());
    for (int l = 0; l < STATUSES.size(); l++) {
      linked &= Objects.equals(counts.published(main.total(STATUS, l)), national.value(national.total(1, l)));
      publishedHere.add(national.total(1, l));
    }
    if (!linked) {
      return Optional.empty();
    }
    ProtectedCounts p = DisclosureControl.protect(national, publishedHere);
    return p.withheld() ? Optional.empty() : Optional.of(p);
  }
}
