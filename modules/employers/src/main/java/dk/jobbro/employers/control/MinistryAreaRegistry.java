package dk.jobbro.employers.control;

import dk.jobbro.api.employers.MinistryAreas;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The dated list of ministry areas (migration V202612070100) and the one rule built on it: a STATE employer or an
 * IGU target names an area in force on its date. The list is a few dozen rows and changes only by migration, so it
 * is read per call rather than cached: nothing to invalidate when a migration adds a government.
 */
@ApplicationScoped
public class MinistryAreaRegistry {

  @PersistenceContext
  EntityManager em;

  /** Every area ever listed, by code. */
  public List<MinistryArea> all() {
    List<?> rows = em.createNativeQuery("select code, name, valid_from, valid_to, successor, change_note "
        + "from employers.ministry_area order by code").getResultList();
    return rows.stream().map(r -> of((Object[]) r)).toList();
  }

  /** The areas in force on the date, by code. */
  public List<MinistryArea> inForceOn(LocalDate date) {
    return all().stream().filter(a -> a.inForceOn(date)).toList();
  }

  /** The listed area with this code, in force or not. */
  public Optional<MinistryArea> find(String code) {
    return all().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /**
   * Refuses (400 naming {@code field}) a code that is not an area in force on the date: a STATE employer is
   * registered under a ministry as it is named today.
   */
  public void requireInForceOn(String field, String code, LocalDate date) {
    MinistryArea area = requireListed(field, code);
    if (!area.inForceOn(date)) {
      throw ProblemException.invalidField(field, "is not a ministry area in force on " + date + hint(area));
    }
  }

  /** Refuses a code that was not in force on any day of the year: a target is set for the year's ministries. */
  public void requireInForceDuring(String field, String code, int year) {
    MinistryArea area = requireListed(field, code);
    if (!area.inForceDuring(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth())) {
      throw ProblemException.invalidField(field, "is not a ministry area in force in " + year + hint(area));
    }
  }

  /** Refuses a code that is not in the list at all (any date). */
  public MinistryArea requireListed(String field, String code) {
    if (code == null || !code.matches(MinistryAreas.PATTERN)) {
      throw ProblemException.invalidField(field, MinistryAreas.MESSAGE);
    }
    return find(code).orElseThrow(() -> ProblemException.invalidField(field,
        "is not a listed ministry area; see GET /api/v1/reference/ministry-areas"));
  }

  private static String hint(MinistryArea area) {
    return area.successor() == null ? "" : " (it became " + area.successor() + " on " + area.validTo() + ")";
  }

  private static MinistryArea of(Object[] r) {
    return new MinistryArea((String) r[0], (String) r[1], date(r[2]), date(r[3]), (String) r[4], (String) r[5]);
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
