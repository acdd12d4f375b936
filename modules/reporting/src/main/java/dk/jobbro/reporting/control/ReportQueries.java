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

  /** Per kommune, of the cases taken over in [from, to], how the first company-oriented offer went. */
  public List<Object[]> firstOfferCompliance(LocalDate from, LocalDate to, LocalDate today) {
    return rows(ReportSql.firstOfferCompliance(from, to, today));
  }

  /**
   * Per kommune: the net change in programme benefit recipients from day {@code from} to {@code to}, ranked; also
   * per 1,000 inhabitants of {@code populationYear}.
   */
  public List<Object[]> programmeDevelopment(LocalDate from, LocalDate to, int populationYear,
      boolean perThousand) {
    return rows(ReportSql.programmeDevelopment(from, to, populationYear, perThousand));
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

  /** Per kommune, IGU placements by sector, started in [from, to] or running on {@code activeOn}. */
  public List<Object[]> iguPlacements(LocalDate from, LocalDate to, LocalDate activeOn) {
    return rows(ReportSql.iguPlacements(from, to, activeOn));
  }

  /** Per ministry area: the year's target and the STATE placements running on the date. */
  public List<Object[]> iguTargets(int year, LocalDate on) {
    return rows(ReportSql.iguTargets(year, on));
  }

  /** Per kommune, the cohort taken over in [from, to] by gender, in work or education on {@code on} or not. */
  public List<Object[]> employmentAfterThreeYears(LocalDate from, LocalDate to, LocalDate on) {
    return rows(ReportSql.employmentAfterThreeYears(from, to, on));
  }

  /** Per kommune, IGU placements of persons matching the filters: running, completed, ended early. */
  public List<Object[]> iguPipeline(LocalDate from, LocalDate to, String gender, String country, int minAge,
      int maxAge) {
    return rows(ReportSql.iguPipeline(from, to, gender, country, minAge, maxAge));
  }

  /** IGU bonus milestones due (not yet claimed) on a date, per kind. */
  public List<Object[]> bonusDue(LocalDate on) {
    return rows(ReportSql.bonusDue(on));
  }

  /** Handovers sent in [from, to] per receiving kommune or per sender. */
  public List<Object[]> handoverQuality(LocalDate from, LocalDate to, boolean bySender) {
    return rows(ReportSql.handoverQuality(from, to, bySender));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(ReportSql report) {
    Query query = em.createNativeQuery(report.sql());
    report.parameters().forEach(query::setParameter);
    return query.getResultList();
  }
}
