package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a protected family as report rows: a row per category with its cells and its total, and the national
 * total row; a hidden figure is null and named in the row's "suppressed" list. Reports read their person counts only
 * through this view, so a figure shown by two reports is the same edge with the same fate.
 */
public final class PersonTable {

  public static final String SUPPRESSED = "suppressed";
  public static final String TOTAL = "total";

  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final Map<String, Object> total = new LinkedHashMap<>();

  private PersonTable() {}

  /**
   * Table {@code t} of the family with the categories of dimension {@code rowDimension} (t or t + 1) as rows.
   *
   * @param dimensions per row, its dimension values (e.g. kommune code and name), in category order
   * @param columns the names of the other dimension's categories, in category order
   */
  public static PersonTable of(ProtectedCounts counts, int t, int rowDimension, List<Map<String, Object>> dimensions,
      List<String> columns) {
    if (rowDimension != t && rowDimension != t + 1) {
      throw new IllegalArgumentException("table " + t + " has dimensions " + t + " and " + (t + 1));
    }
    LinkedTables tables = counts.tables();
    int columnDimension = rowDimension == t ? t + 1 : t;
    PersonTable result = new PersonTable();
    for (int i = 0; i < tables.categories(rowDimension).size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>(dimensions.get(i));
      List<String> hidden = new ArrayList<>();
      for (int j = 0; j < columns.size(); j++) {
        int edge = rowDimension == t ? tables.cell(t, i, j) : tables.cell(t, j, i);
        put(row, hidden, counts, columns.get(j), edge);
      }
      put(row, hidden, counts, TOTAL, tables.total(rowDimension, i));
      row.put(SUPPRESSED, hidden);
      result.rows.add(row);
    }
    List<String> hidden = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      put(result.total, hidden, counts, columns.get(j), tables.total(columnDimension, j));
    }
    put(result.total, hidden, counts, TOTAL, tables.grand());
    result.total.put(SUPPRESSED, hidden);
    return result;
  }

  /** A single column family (one count per category) as rows of one named count, and its grand total. */
  public static PersonTable ofColumn(ProtectedCounts counts, List<Map<String, Object>> dimensions, String name) {
    LinkedTables tables = counts.tables();
    PersonTable result = new PersonTable();
    for (int i = 0; i < tables.categories(0).size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>(dimensions.get(i));
      List<String> hidden = new ArrayList<>();
      put(row, hidden, counts, name, tables.total(0, i));
      row.put(SUPPRESSED, hidden);
      result.rows.add(row);
    }
    List<String> hidden = new ArrayList<>();
    put(result.total, hidden, counts, name, tables.grand());
    result.total.put(SUPPRESSED, hidden);
    return result;
  }

  private static void put(Map<String, Object> row, List<String> hidden, ProtectedCounts counts, String name,
      int edge) {
    row.put(name, counts.published(edge));
    if (counts.isHidden(edge)) {
      hidden.add(name);
    }
  }

  public List<Map<String, Object>> rows() {
    return rows;
  }

  public Map<String, Object> total() {
    return total;
  }

  /** Adds a share column: a published count over a published row total of at least the limit, else null. */
  public PersonTable withShare(String shareName, String countName) {
    List<Map<String, Object>> all = new ArrayList<>(rows);
    all.add(total);
    for (Map<String, Object> row : all) {
      row.put(shareName, DisclosureControl.share((Long) row.get(countName), (Long) row.get(TOTAL)));
    }
    return this;
  }
}
