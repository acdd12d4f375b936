package dk.jobbro.app.metrics;

import dk.jobbro.api.handover.HandoverStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One reading of the figures a jobcentre manager watches, for all 98 kommuner at once: two queries over the modules'
 * published reporting views ({@code caseload.report_case}, {@code handover.report_handover}), never their tables, and
 * never one query per kommune. Counts only; no CPR number, no name.
 *
 * @param overdue per kommunekode: active cases whose first company-oriented offer is past its legal latest date
 * @param waiting per kommunekode and open handover status: handovers in the kommune's inbox not yet taken over
 */
record BusinessFigures(Map<String, Long> overdue, Map<String, Map<HandoverStatus, Long>> waiting) {

  /** The statuses of a handover that still waits in the receiving kommune's inbox. */
  static final List<HandoverStatus> WAITING = Arrays.stream(HandoverStatus.values())
      .filter(HandoverStatus::isOpen).toList();

  /**
   * The worklist's OVERDUE: no first offer started by today (none, or only one planned later) and the legal latest
   * date before today (FirstOfferClock).
   */
  static final String OVERDUE_SQL = """
      select k.kode, count(c.case_id)
        from reference.kommune k
        left join caseload.report_case c
          on c.kommune_kode = k.kode and c.status = 'ACTIVE'
         and (c.first_offer_date is null or c.first_offer_date > ?) and c.first_offer_latest_date < ?
       group by k.kode""";

  static final String WAITING_SQL = """
      select kommune_kode, status, count(*)
        from handover.report_handover
       where status in (%s)
       group by kommune_kode, status""".formatted(
      WAITING.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")));

  /** Reads both figures; every kommune in reference.kommune appears, with zeros where nothing is open. */
  static BusinessFigures read(Connection connection, LocalDate today) throws SQLException {
    Map<String, Long> overdue = new TreeMap<>();
    try (PreparedStatement select = connection.prepareStatement(OVERDUE_SQL)) {
      select.setDate(1, Date.valueOf(today));
      select.setDate(2, Date.valueOf(today));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          overdue.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    Map<String, Map<HandoverStatus, Long>> waiting = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(WAITING_SQL);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        waiting.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
            .put(HandoverStatus.valueOf(rows.getString(2)), rows.getLong(3));
      }
    }
    return new BusinessFigures(overdue, waiting);
  }

  long overdue(String kommune) {
    return overdue.getOrDefault(kommune, 0L);
  }

  long waiting(String kommune, HandoverStatus status) {
    return waiting.getOrDefault(kommune, Map.of()).getOrDefault(status, 0L);
  }
}
