package dk.jobbro.reporting.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IGU bonus milestones due and not yet claimed, per kind. Each milestone belongs to one person's placement, so the
 * counts are person counts, protected as a column with its total; an amount is shown only with its count, since it
 * is the count times a fixed bonus.
 */
public final class IguBonuses {

  public static final List<String> KINDS = List.of("SIX_MONTHS", "COMPLETION");

  private IguBonuses() {}

  /** @param rows per kind with milestones: kind, count, amount in kroner */
  public static Map<String, Object> summary(List<Object[]> rows) {
    long[] counts = new long[KINDS.size()];
    long[] amounts = new long[KINDS.size()];
    for (Object[] r : rows) {
      int k = KINDS.indexOf(r[0].toString());
      if (k < 0) {
        throw new IllegalStateException("unknown bonus milestone kind " + r[0]);
      }
      counts[k] = QueryRows.number(r[1]);
      amounts[k] = QueryRows.number(r[2]);
    }
    ProtectedCounts p = DisclosureControl.protect(LinkedTables.column(KINDS, counts));
    Map<String, Object> summary = new LinkedHashMap<>();
    for (int k = 0; k < KINDS.size(); k++) {
      Long milestones = p.published(p.tables().total(0, k));
      Map<String, Object> due = new LinkedHashMap<>();
      due.put("milestones", milestones);
      due.put("amountKr", milestones == null ? null : amounts[k]);
      summary.put("bonusDue" + KINDS.get(k), due);
    }
    Long all = p.published(p.tables().grand());
    Map<String, Object> due = new LinkedHashMap<>();
    due.put("milestones", all);
    due.put("amountKr", all == null ? null : amounts[0] + amounts[1]);
    summary.put("bonusDueAll", due);
    return summary;
  }
}
