package dk.jobbro.reporting.control;

import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reports' SQL ({@link ReportSql}) in PostgreSQL over the modules' published reporting views; no entity is
 * loaded into Java. Every per-kommune query returns all 98 kommuner in kommunekode order, zeros included.
 *
 * <p>Reports read through their own datasource, named by {@value #DATASOURCE} (the primary's {@code jdbc/jobbro} when
 * unset), so that a ministry can point them at a PostgreSQL streaming replica and keep the heavy aggregates off the
 * primary. Plain JDBC rather than the persistence unit: reports load no entity, and a second persistence unit would
 * have to name its datasource at build time.
 */
@ApplicationScoped
public class ReportQueries {

  private static final Logger LOG = Logger.getLogger(ReportQueries.class.getName());

  /** The JNDI name of the datasource reports read from. */
  public static final String DATASOURCE = "jobbro.reports.datasource";

  /**
   * The data cut-off every report states. On the primary, the database's clock; on a replica, the commit time of the
   * last transaction it has replayed, so that a lagging replica shows its lag in the report itself (a replica that has
   * replayed nothing since it started holds no data newer than its start).
   */
  private static final String CUT_OFF = """
      select case when pg_is_in_recovery()
                  then coalesce(pg_last_xact_replay_timestamp(), pg_postmaster_start_time())
                  else now() end""";

  @Inject
  @ConfigProperty(name = DATASOURCE, defaultValue = "jdbc/jobbro")
  String dataSourceName;

  private volatile DataSource dataSource;

  /** The data cut-off: the instant up to which the report's data reaches. */
  public Instant cutOff() {
    return ((Timestamp) rows(new ReportSql(CUT_OFF, Map.of())).get(0)[0]).toInstant();
  }

  /** Per kommune: persons who became self-supporting in [from, to), men and women. */
  public List<Object[]> selfSupporting(LocalDate from, LocalDate to) {
    return rows(ReportSql.selfSupporting(from, to));
  }

  /** Per kommune, the cases taken over in [from, to] by first-offer outcome and by gender and work on a day. */
  public List<Object[]> takeovers(LocalDate from, LocalDate to, LocalDate today, LocalDate on) {
    return rows(ReportSql.takeovers(from, to, today, on));
  }

  /** Per kommune: programme benefit recipients on two days, and the population of {@code populationYear}. */
  public List<Object[]> programmeRecipients(LocalDate from, LocalDate to, int populationYear) {
    return rows(ReportSql.programmeRecipients(from, to, populationYear));
  }

  /**
   * The year whose population to divide by for figures about {@code year}: that year if it is shipped, else the
   * nearest shipped year (the newest for later years, the oldest for earlier ones).
   */
  public int populationYear(int year) {
    Object found = rows(new ReportSql("""
        select coalesce(max(year) filter (where year <= :year), min(year))
          from reference.kommune_population""", Map.of("year", year))).get(0)[0];
    return ((Number) found).intValue();
  }

  /** Per kommune, the IGU placements started in [from, to] by sector and by status. */
  public List<Object[]> iguStarts(LocalDate from, LocalDate to) {
    return rows(ReportSql.iguStarts(from, to));
  }

  /** Nationally, the IGU placements started in [from, to] by a characteristic of the person and by status. */
  public List<Object[]> iguStartsBy(LocalDate from, LocalDate to, String by) {
    return rows(ReportSql.iguStartsBy(from, to, by));
  }

  /** Per ministry area: the year's target and the STATE placements running on the date. */
  public List<Object[]> iguTargets(int year, LocalDate on) {
    return rows(ReportSql.iguTargets(year, on));
  }

  /** IGU bonus milestones due (not yet claimed) on a date, per kind. */
  public List<Object[]> bonusDue(LocalDate on) {
    return rows(ReportSql.bonusDue(on));
  }

  /** Handovers sent in [from, to], per receiving kommune and per sender in one statement. */
  public List<Object[]> handoverQuality(LocalDate from, LocalDate to) {
    return rows(ReportSql.handoverQuality(from, to));
  }

  private List<Object[]> rows(ReportSql report) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = report.prepare(connection);
        ResultSet rs = statement.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      // the reports' database (a replica, perhaps) is down or refuses: the rest of Jobbro still works, so say so
      // as a problem that asks to come back rather than as a server error
      LOG.log(Level.WARNING, "Reports cannot read from " + dataSourceName + ": " + e.getSQLState());
      throw new ProblemException(503, "reports-unavailable", "Reports are unavailable",
          "The database the reports read from cannot be reached; try again later.");
    }
  }

  private DataSource dataSource() {
    DataSource found = dataSource;
    if (found == null) {
      try {
        found = InitialContext.doLookup(dataSourceName);
      } catch (NamingException e) {
        throw new IllegalStateException("No datasource " + dataSourceName + " (" + DATASOURCE + ")", e);
      }
      dataSource = found;
    }
    return found;
  }
}
