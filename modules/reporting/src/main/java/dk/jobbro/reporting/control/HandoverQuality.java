package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handovers sent in one calendar year, taken over or not, per receiving kommune and per sender: one protected
 * family, because both groupings share the national counts. Averages and medians come with the number of handovers
 * they rest on and are shown only over enough of them.
 */
public final class HandoverQuality {

  public static final List<String> STATUSES = List.of("takenOver", "notTakenOver");

  private static final int KOMMUNE = 0;
  private static final int STATUS = 1;
  private static final int SENDER = 2;

  private final List<Map<String, Object>> kommuner = new ArrayList<>();
  private final List<Map<String, Object>> senders = new ArrayList<>();
  private final List<Object[]> kommuneRows = new ArrayList<>();
  private final List<Object[]> senderRows = new ArrayList<>();
  private final ProtectedCounts counts;

  /**
   * @param rows grouping ('kommune' or 'sender'), key, name, taken over, not taken over, average completeness,
   *     median lead days, the number of handovers behind the median
   */
  public HandoverQuality(List<Object[]> rows) {
    for (Object[] r : rows) {
      boolean bySender = "sender".equals(r[0]);
      Map<String, Object> dims = new LinkedHashMap<>();
      if (bySender) {
        dims.put("sender", r[1].toString());
        senders.add(dims);
        senderRows.add(r);
      } else {
        dims.put(QueryRows.KOMMUNE, r[1].toString());
        dims.put(QueryRows.NAVN, r[2]);
        kommuner.add(dims);
        kommuneRows.add(r);
      }
    }
    long[][] byKommune = QueryRows.counts(kommuneRows, 3, STATUSES.size());
    long[][] bySender = QueryRows.counts(senderRows, 3, STATUSES.size());
    List<String> kommuneKeys = kommuneRows.stream().map(r -> r[1].toString()).toList();
    List<String> senderKeys = senderRows.stream().map(r -> r[1].toString()).toList();
    counts = DisclosureControl.protect(LinkedTables.chain(List.of(kommuneKeys, STATUSES, senderKeys),
        List.of(byKommune, QueryRows.transpose(bySender, STATUSES.size()))));
  }

  ProtectedCounts counts() {
    return counts;
  }

  public PersonTable byKommune() {
    return withStatistics(PersonTable.of(counts, KOMMUNE, KOMMUNE, kommuner, STATUSES), kommuneRows);
  }

  public PersonTable bySender() {
    return withStatistics(PersonTable.of(counts, STATUS, SENDER, senders, STATUSES), senderRows);
  }

  /** The average completeness over all the row's handovers, the median lead time over those it was measured on. */
  private static PersonTable withStatistics(PersonTable table, List<Object[]> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Object[] r = rows.get(i);
      long handovers = QueryRows.number(r[3]) + QueryRows.number(r[4]);
      Map<String, Object> row = table.rows().get(i);
      row.put("averageCompleteness", DisclosureControl.statistic(handovers, (Number) r[5]));
      row.put("medianLeadDays", DisclosureControl.statistic(QueryRows.number(r[7]), (Number) r[6]));
    }
    return table;
  }
}
