package dk.jobbro.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Runs the reports' SQL ({@link ReportSql}) in PostgreSQL over the modules' published reporting views; no entity is
 * loaded into Java. Every per-kommune query returns all 98 kommuner in kommunekode order, zeros included.
 */
@ApplicationScoped
public class ReportQueries {

  @PersistenceContext
  EntityManager em;

  /** The database's clock: the data cut-off every report states. */
  public Instant cutOff() {
    Object now = em.createNativeQuery("select now()").getSingleResult();
    if (now instanceof Timestamp t) {
      return t.toInstant();
    }
    if (now instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) now;
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
    Object found = em.createNativeQuery("""
        select coalesce(max(year) filter (where year <= :year), min(year))
          from reference.kommune_population""").setParameter("year", year).getSingleResult();
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

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(ReportSql report) {
    Query query = em.createNativeQuery(report.sql());
    report.parameters().forEach(query::setParameter);
    return query.getResultList();
  }
}
