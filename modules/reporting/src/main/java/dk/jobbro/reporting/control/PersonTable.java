package dk.jobbro.reporting.control;

import dk.jobbro.api.reporting.ReportColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a body of person counts (one row per kommune, one column per category) into report rows with a total column
 * and a national total row, after small-cell suppression over the whole national table.
 */
public final class PersonTable {

  public static final String SUPPRESSED = "suppressed";
  public static final String TOTAL = "total";

  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final Map<String, Object> total = new LinkedHashMap<>();

  private PersonTable() {}

  /**
   * @param dimensions per row, the dimension values (e.g. kommune code and name), in column order
   * @param counts the person-count columns
   * @param body the counts, rows × counts
   */
  public static PersonTable of(List<Map<String, Object>> dimensions, List<ReportColumn> counts, long[][] body,
      int threshold) {
    SuppressedTable table = new SmallCellSuppression(threshold).apply(body);
    PersonTable result = new PersonTable();
    for (int i = 0; i <= table.rows(); i++) {
      Map<String, Object> row = i < table.rows() ? new LinkedHashMap<>(dimensions.get(i)) : result.total;
      List<String> hidden = new ArrayList<>();
      for (int j = 0; j <= table.columns(); j++) {
        String name = j < table.columns() ? counts.get(j).name() : TOTAL;
        row.put(name, table.published(i, j));
        if (table.isSuppressed(i, j)) {
          hidden.add(name);
        }
      }
      row.put(SUPPRESSED, hidden);
      if (i < table.rows()) {
        result.rows.add(row);
      }
    }
    return result;
  }

  public List<Map<String, Object>> rows() {
    return rows;
  }

  public Map<String, Object> total() {
    return total;
  }

  /** Adds a share column (percent, one decimal) of a count over the row total; hidden when either is hidden. */
  public PersonTable withShare(String shareName, String countName) {
    List<Map<String, Object>> all = new ArrayList<>(rows);
    all.add(total);
    for (Map<String, Object> row : all) {
      Object count = row.get(countName);
      Object whole = row.get(TOTAL);
      Double share = count instanceof Long c && whole instanceof Long w && w > 0
          ? Math.round(1000.0 * c / w) / 10.0 : null;
      row.put(shareName, share);
    }
    return this;
  }
}
