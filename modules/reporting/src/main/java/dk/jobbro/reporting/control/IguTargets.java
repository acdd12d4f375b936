package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ministry areas' IGU targets (set by the ministry: shown as they are) against the placements running at their
 * STATE employers on a day (person counts: protected as a column with the total of all areas). The share of the
 * target is shown only with its count, since the target is public and the share would give the count away.
 */
public final class IguTargets {

  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final Map<String, Object> total = new LinkedHashMap<>();

  /** @param result per ministry area: area, target (or null), placements running */
  public IguTargets(List<Object[]> result) {
    List<String> areas = result.stream().map(r -> r[0].toString()).toList();
    long[] running = new long[result.size()];
    for (int i = 0; i < running.length; i++) {
      running[i] = QueryRows.number(result.get(i)[2]);
    }
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.column(areas, running));
    long targets = 0;
    for (int i = 0; i < result.size(); i++) {
      Long target = result.get(i)[1] == null ? null : QueryRows.number(result.get(i)[1]);
      Long actual = p.published(p.tables().total(0, i));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ministryArea", areas.get(i));
      row.put("target", target);
      row.put("actual", actual);
      row.put("shareOfTarget", shareOfTarget(actual, target));
      row.put(PersonTable.SUPPRESSED, actual == null ? List.of("actual", "shareOfTarget") : List.of());
      rows.add(row);
      targets += target == null ? 0 : target;
    }
    Long actual = p.published(p.tables().grand());
    total.put("ministryArea", "All ministry areas");
    total.put("target", targets);
    total.put("actual", actual);
    total.put("shareOfTarget", shareOfTarget(actual, targets));
    total.put(PersonTable.SUPPRESSED, actual == null ? List.of("actual", "shareOfTarget") : List.of());
  }

  private static Double shareOfTarget(Long actual, Long target) {
    return actual == null || target == null || target == 0 ? null : Math.round(1000.0 * actual / target) / 10.0;
  }

  public List<Map<String, Object>> rows() {
    return rows;
  }

  public Map<String, Object> total() {
    return total;
  }
}
