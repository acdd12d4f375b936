package dk.jobbro.employers.control;

import dk.jobbro.api.employers.IguStatus;
import dk.jobbro.api.employers.PartnershipStatus;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.EmployerNote;
import dk.jobbro.employers.entity.IguPlacement;
import dk.jobbro.employers.entity.Partnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Companies, notes, partnerships and IGU placements in the database. Companies are national; everything else is
 * scoped to one kommune in every query, so another kommune's row is simply not found.
 */
@ApplicationScoped
public class EmployerRepository {

  @PersistenceContext
  EntityManager em;

  /** A page of results and the total over all pages. */
  public record Slice<T>(List<T> items, long total) {}

  public Optional<Employer> employer(UUID id) {
    return Optional.ofNullable(em.find(Employer.class, id));
  }

  public Optional<Employer> employerByCvr(String cvr) {
    return em.createNamedQuery("Employer.byCvr", Employer.class).setParameter("cvr", cvr).getResultStream()
        .findFirst();
  }

  /** Companies by exact CVR number and/or a name part (a word of the name starting with it). */
  public Slice<Employer> findEmployers(String cvr, String name, PageRequest page) {
    StringBuilder where = new StringBuilder(" from Employer e where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (cvr != null) {
      where.append(" and e.cvr = :cvr");
      params.put("cvr", cvr);
    }
    if (name != null) {
      where.append(" and (lower(e.name) like :prefix or lower(e.name) like :inner)");
      String needle = likeEscaped(name.strip().toLowerCase(Locale.ROOT));
      params.put("prefix", needle + "%");
      params.put("inner", "% " + needle + "%");
    }
    return slice(em.createQuery("select e" + where + " order by e.name, e.id", Employer.class),
        em.createQuery("select count(e)" + where, Long.class), params, page);
  }

  public List<EmployerNote> notes(UUID employerId, KommuneKode kommune) {
    return em.createNamedQuery("EmployerNote.byEmployerAndKommune", EmployerNote.class)
        .setParameter("employer", employerId).setParameter("kommune", kommune.value()).getResultList();
  }

  public Optional<Partnership> partnership(UUID id, KommuneKode kommune) {
    return em.createNamedQuery("Partnership.findInKommune", Partnership.class).setParameter("id", id)
        .setParameter("kommune", kommune.value()).getResultStream().findFirst();
  }

  public boolean hasActivePartnership(KommuneKode kommune, UUID employerId) {
    return em.createNamedQuery("Partnership.activeFor", Long.class).setParameter("kommune", kommune.value())
        .setParameter("employer", employerId).getSingleResult() > 0;
  }

  public Slice<Partnership> partnerships(KommuneKode kommune, PartnershipStatus status, PageRequest page) {
    return ofKommune(Partnership.class, "p.signedDate desc, p.id", kommune, status, page);
  }

  /** [active, ended, igu places, praktik places, løntilskud places] of the kommune, counted in the database. */
  public long[] partnershipCounts(KommuneKode kommune) {
    Object[] row = (Object[]) em.createQuery("select "
        + "sum(case when p.status = :active then 1 else 0 end), "
        + "sum(case when p.status = :active then 0 else 1 end), "
        + "sum(case when p.status = :active then p.iguPlaces else 0 end), "
        + "sum(case when p.status = :active then p.praktikPlaces else 0 end), "
        + "sum(case when p.status = :active then p.loentilskudPlaces else 0 end) "
        + "from Partnership p where p.kommuneKode = :kommune")
        .setParameter("active", PartnershipStatus.ACTIVE).setParameter("kommune", kommune.value())
        .getSingleResult();
    long[] counts = new long[row.length];
    for (int i = 0; i < row.length; i++) {
      counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
    }
    return counts;
  }

  public Optional<IguPlacement> placement(UUID id, KommuneKode kommune) {
    return em.createNamedQuery("IguPlacement.findInKommune", IguPlacement.class).setParameter("id", id)
        .setParameter("kommune", kommune.value()).getResultStream().findFirst();
  }

  /** The kommune's placements of one case, latest start first. */
  public List<IguPlacement> placementsOfCase(UUID caseId, KommuneKode kommune) {
    return em.createQuery("select p from IguPlacement p where p.caseId = :caseId and p.kommuneKode = :kommune "
        + "order by p.startDate desc, p.id", IguPlacement.class).setParameter("caseId", caseId)
        .setParameter("kommune", kommune.value()).getResultList();
  }

  public boolean hasPlacement(UUID caseId) {
    return em.createNamedQuery("IguPlacement.countForCase", Long.class).setParameter("caseId", caseId)
        .getSingleResult() > 0;
  }

  public Slice<IguPlacement> placements(KommuneKode kommune, IguStatus status, PageRequest page) {
    return ofKommune(IguPlacement.class, "p.startDate desc, p.id", kommune, status, page);
  }

  /**
   * A page of one kommune's rows of an entity that has a kommune and a status, of one status if given; {@code order}
   * names the entity {@code p}.
   */
  private <T> Slice<T> ofKommune(Class<T> entity, String order, KommuneKode kommune, Enum<?> status,
      PageRequest page) {
    String where = " from " + entity.getSimpleName() + " p where p.kommuneKode = :kommune"
        + (status == null ? "" : " and p.status = :status");
    Map<String, Object> params = new HashMap<>();
    params.put("kommune", kommune.value());
    if (status != null) {
      params.put("status", status);
    }
    return slice(em.createQuery("select p" + where + " order by " + order, entity),
        em.createQuery("select count(p)" + where, Long.class), params, page);
  }

  /** The page {@code select} gives with the parameters, and the total {@code count} gives with the same. */
  private static <T> Slice<T> slice(TypedQuery<T> select, TypedQuery<Long> count, Map<String, Object> params,
      PageRequest page) {
    params.forEach((name, value) -> {
      select.setParameter(name, value);
      count.setParameter(name, value);
    });
    return new Slice<>(select.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** Sets (inserts or replaces) a ministry area's target for a year. */
  public void upsertTarget(String ministryArea, int year, int pupils, String setBy, Instant now) {
    em.createNativeQuery("insert into employers.igu_target (ministry_area, year, target_pupils, set_by, set_at, "
        + "version) values (?1, ?2, ?3, ?4, ?5, 0) on conflict (ministry_area, year) do update set "
        + "target_pupils = excluded.target_pupils, set_by = excluded.set_by, set_at = excluded.set_at, "
        + "version = employers.igu_target.version + 1")
        .setParameter(1, ministryArea).setParameter(2, year).setParameter(3, pupils).setParameter(4, setBy)
        .setParameter(5, java.sql.Timestamp.from(now)).executeUpdate();
  }

  /** The targets of a year by ministry area. */
  public Map<String, Integer> targets(int year) {
    Map<String, Integer> targets = new HashMap<>();
    for (Object row : em.createNativeQuery("select ministry_area, target_pupils from employers.igu_target "
        + "where year = ?1").setParameter(1, year).getResultList()) {
      Object[] r = (Object[]) row;
      targets.put((String) r[0], ((Number) r[1]).intValue());
    }
    return targets;
  }

  /**
   * IGU placements at STATE employers running on the date (any kommune), counted per ministry area in force on the
   * date: a renamed or merged ministry's placements count under its successor (employers.ministry_area_on).
   */
  public Map<String, Long> activeStatePlacements(LocalDate date) {
    Map<String, Long> actual = new HashMap<>();
    for (Object row : em.createNativeQuery("select employers.ministry_area_on(e.ministry_area, ?1) as area, "
        + "count(*) from employers.igu_placement p join employers.employer e on e.id = p.employer_id "
        + "where e.sector = 'STATE' and p.start_date <= ?1 and p.end_date >= ?1 group by area")
        .setParameter(1, date).getResultList()) {
      Object[] r = (Object[]) row;
      actual.put((String) r[0], ((Number) r[1]).longValue());
    }
    return actual;
  }

  /** Sets (inserts or replaces) the part of a ministry area's target for a year that one kommune takes. */
  public void upsertKommuneTarget(String ministryArea, int year, String kommune, int pupils, String setBy,
      Instant now) {
    em.createNativeQuery("insert into employers.igu_kommune_target (ministry_area, year, kommune_kode, "
        + "target_pupils, set_by, set_at, version) values (?1, ?2, ?3, ?4, ?5, ?6, 0) "
        + "on conflict (ministry_area, year, kommune_kode) do update set target_pupils = excluded.target_pupils, "
        + "set_by = excluded.set_by, set_at = excluded.set_at, version = employers.igu_kommune_target.version + 1")
        .setParameter(1, ministryArea).setParameter(2, year).setParameter(3, kommune).setParameter(4, pupils)
        .setParameter(5, setBy).setParameter(6, java.sql.Timestamp.from(now)).executeUpdate();
  }

  /**
   * Per kommune with a target of the area for the year or a placement at the area's STATE employers running on the
   * date (the area's as in force on the date, so a renamed ministry's placements count under its new code):
   * kommunekode, name, target (null if none), placements. Computed in one statement, by kommunekode.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> kommuneTargets(String ministryArea, int year, LocalDate date) {
    return em.createNativeQuery("""
        with targets as (
          select kommune_kode, target_pupils from employers.igu_kommune_target
           where ministry_area = ?1 and year = ?2),
        actual as (
          select p.kommune_kode, count(*) as placements
            from employers.igu_placement p
            join employers.employer e on e.id = p.employer_id
           where e.sector = 'STATE' and employers.ministry_area_on(e.ministry_area, ?3) = ?1
             and p.start_date <= ?3 and p.end_date >= ?3
           group by p.kommune_kode)
        select k.kode, k.navn, t.target_pupils, coalesce(a.placements, 0)
          from reference.kommune k
          left join targets t on t.kommune_kode = k.kode
          left join actual a on a.kommune_kode = k.kode
         where t.kommune_kode is not null or a.kommune_kode is not null
         order by k.kode""")
        .setParameter(1, ministryArea).setParameter(2, year).setParameter(3, date).getResultList();
  }

  /** Placements (of any kommune) with a bonus milestone still PENDING whose due date is {@code today} or earlier. */
  public List<IguPlacement> placementsWithMilestonesDue(LocalDate today) {
    return em.createQuery("select distinct p from IguPlacement p join p.bonus m "
        + "where m.status = dk.jobbro.api.employers.BonusStatus.PENDING and m.dueDate <= :today", IguPlacement.class)
        .setParameter("today", today).getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /** Writes pending changes now, so a conflict (duplicate, stale version) surfaces in the calling method. */
  public void flush() {
    em.flush();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
