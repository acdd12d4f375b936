package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.CaseStatus;
import dk.jobbro.api.caseload.DanishTestPassed;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.caseload.WorklistFilter;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.caseload.entity.BenefitPeriod;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseMove;
import dk.jobbro.caseload.entity.DanishTest;
import dk.jobbro.caseload.entity.JobReadinessAssessment;
import dk.jobbro.caseload.entity.Offer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cases and what hangs on them, in the database. Every case query is scoped to one kommune. */
@ApplicationScoped
public class CaseRepository {

  private static final List<OfferType> COMPANY_ORIENTED = Arrays.stream(OfferType.values())
      .filter(OfferType::isCompanyOriented).toList();

  @PersistenceContext
  EntityManager em;

  public Optional<CaseFile> findInKommune(UUID id, KommuneKode kommune) {
    return em.createNamedQuery("CaseFile.findInKommune", CaseFile.class)
        .setParameter("id", id)
        .setParameter("kommune", kommune.value())
        // a list, not a stream: outside a transaction the container closes the query's entity manager after it
        .getResultList().stream()
        .findFirst();
  }

  /** The case opened from a handover, whatever its kommune (the handover decides who may see it). */
  public Optional<CaseFile> findByHandover(UUID handoverId) {
    return em.createNamedQuery("CaseFile.findByHandover", CaseFile.class).setParameter("handover", handoverId)
        .getResultStream().findFirst();
  }

  /** A case by id whatever its kommune; only for moves, where the receiving kommune decides. */
  public Optional<CaseFile> find(UUID id) {
    return Optional.ofNullable(em.find(CaseFile.class, id));
  }

  /** The id of the person's case in this kommune, if there is one (a person has at most one per kommune). */
  public Optional<UUID> idInKommune(KommuneKode kommune, Cpr cpr) {
    return em.createNamedQuery("CaseFile.idByCpr", UUID.class)
        .setParameter("kommune", kommune.value())
        .setParameter("cprIndex", CaseFile.cprIndex(cpr))
        .getResultStream().findFirst();
  }

  /**
   * The person's active case in any kommune, if there is one: a person is in one integration programme at a time,
   * nationally. For the registration check and move claims only; it never reaches another kommune's caller as a case.
   */
  public Optional<CaseFile> activeCase(Cpr cpr) {
    return em.createNamedQuery("CaseFile.activeByCpr", CaseFile.class)
        .setParameter("cprIndex", CaseFile.cprIndex(cpr)).getResultStream().findFirst();
  }

  public List<CaseFile> page(KommuneKode kommune, PageRequest page) {
    return em.createNamedQuery("CaseFile.pageByKommune", CaseFile.class)
        .setParameter("kommune", kommune.value())
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(KommuneKode kommune) {
    return em.createNamedQuery("CaseFile.countByKommune", Long.class)
        .setParameter("kommune", kommune.value())
        .getSingleResult();
  }

  /** Cases whose name has a part starting with {@code name}, or with exactly this CPR number. */
  public SearchResult search(KommuneKode kommune, String name, Cpr cpr, PageRequest page) {
    StringBuilder where = new StringBuilder(" from CaseFile c where c.kommuneKode = :kommune");
    if (name != null) {
      where.append(" and (lower(c.fullName) like :prefix or lower(c.fullName) like :inner)");
    }
    if (cpr != null) {
      where.append(" and c.cprIndex = :cprIndex");
    }
    TypedQuery<CaseFile> select = em.createQuery("select c" + where + " order by c.fullName, c.id", CaseFile.class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    byte[] cprIndex = cpr == null ? null : CaseFile.cprIndex(cpr);
    for (TypedQuery<?> q : List.of(select, count)) {
      q.setParameter("kommune", kommune.value());
      if (name != null) {
        String needle = likeEscaped(name.strip().toLowerCase(Locale.ROOT));
        q.setParameter("prefix", needle + "%");
        q.setParameter("inner", "% " + needle + "%");
      }
      if (cpr != null) {
        q.setParameter("cprIndex", cprIndex);
      }
    }
    return new SearchResult(select.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** The kommune's active cases, most urgent first: no first offer yet by legal latest date, then the rest. */
  public SearchResult worklist(KommuneKode kommune, WorklistFilter filter, LocalDate today, int dueSoonDays,
      PageRequest page) {
    // ACTIVE as a literal, as in CaseFile.activeByCpr: the worklist's indexes are partial on active cases, and
    // PostgreSQL's cached plan can use them only when the status is in the SQL text.
    StringBuilder where = new StringBuilder(" from CaseFile c where c.kommuneKode = :kommune and c.status = "
        + CaseFile.JPQL_ACTIVE);
    Map<String, Object> params = new HashMap<>();
    params.put("kommune", kommune.value());
    if (filter.status() != null) {
      where.append(" and ").append(FirstOfferClock.jpqlCondition(filter.status()));
    }
    if (filter.assignedTo() != null) {
      where.append(" and c.assignedTo = :assignedTo");
      params.put("assignedTo", filter.assignedTo());
    }
    if (filter.dueWithinDays() != null) {
      where.append(" and ").append(FirstOfferClock.JPQL_NOT_MET).append(" and c.firstOfferLatestDate <= :dueBy");
      params.put("dueBy", today.plusDays(filter.dueWithinDays()));
    }
    if (where.indexOf(":today") >= 0) {
      params.put("today", today);
    }
    if (where.indexOf(":dueSoonBy") >= 0) {
      params.put("dueSoonBy", today.plusDays(dueSoonDays));
    }
    TypedQuery<CaseFile> select = em.createQuery("select c" + where
        + " order by case when " + FirstOfferClock.JPQL_NOT_MET + " then 0 else 1 end, c.firstOfferLatestDate, c.id",
        CaseFile.class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    params.forEach((name, value) -> {
      select.setParameter(name, value);
      count.setParameter(name, value);
    });
    select.setParameter("today", today); // the order asks whether the first offer has started
    return new SearchResult(select.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /**
   * Of the given active cases that have had their first offer, those without a company-oriented offer active at any
   * time from {@code since} until {@code today}: the gaps in the continuous company-oriented effort.
   */
  public Set<UUID> withoutCompanyEffortSince(Collection<CaseFile> cases, LocalDate since, LocalDate today) {
    Map<UUID, CaseFile> candidates = cases.stream()
        .filter(c -> c.status() == CaseStatus.ACTIVE && c.firstOfferDate() != null
            && c.firstOfferDate().isBefore(since))
        .collect(Collectors.toMap(CaseFile::id, Function.identity()));
    if (candidates.isEmpty()) {
      return Set.of();
    }
    List<UUID> withEffort = em.createNamedQuery("Offer.casesWithCompanyEffortSince", UUID.class)
        .setParameter("caseIds", candidates.keySet())
        .setParameter("types", COMPANY_ORIENTED)
        .setParameter("today", today)
        .setParameter("since", since)
        .getResultList();
    Set<UUID> gaps = new HashSet<>(candidates.keySet());
    withEffort.forEach(gaps::remove);
    return gaps;
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /**
   * Takes the case's row lock for the rest of the transaction and rereads the case under it. Changes that add to a
   * case without an If-Match (an offer, a benefit period) check the case's other data first; under the lock the next
   * such change waits and then sees this one, so parallel additions neither overlap nor fail on the case's version.
   */
  public void lockForChange(CaseFile c) {
    em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Takes the move's row lock and rereads it, so that of parallel decisions on one version the first decides and the
   * rest wait, then find the version changed (412) instead of acting on a case that has moved meanwhile.
   */
  public void lockForDecision(CaseMove move) {
    em.refresh(move, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Writes pending changes now, so a conflict (duplicate, stale version) surfaces in the calling method. */
  public void flush() {
    em.flush();
  }

  public List<Offer> offers(UUID caseId) {
    return em.createNamedQuery("Offer.byCase", Offer.class).setParameter("caseId", caseId).getResultList();
  }

  /** The case's IGU offers whose last day is {@code endDate} (normally the one IGU that just ended). */
  /** The start of the case's earliest company-oriented offer that was not cancelled, or null. */
  public LocalDate earliestCompanyOrientedStart(UUID caseId) {
    return em.createNamedQuery("Offer.earliestCompanyOriented", LocalDate.class).setParameter("caseId", caseId)
        .setParameter("types", COMPANY_ORIENTED).getSingleResult();
  }

  /** Offers of every kommune whose start date has come and whose start was not yet announced. */
  public List<Offer> startedUnannounced(LocalDate today) {
    return em.createNamedQuery("Offer.startedUnannounced", Offer.class).setParameter("today", today).getResultList();
  }

  /** The case's ordinary jobs at the company that started before {@code before}, not cancelled. */
  public List<Offer> ordinaryJobsAt(UUID caseId, String cvr, LocalDate before) {
    return em.createNamedQuery("Offer.ordinaryJobsAt", Offer.class).setParameter("caseId", caseId)
        .setParameter("cvr", cvr).setParameter("before", before).getResultList();
  }

  public List<Offer> iguOffersEndingOn(UUID caseId, LocalDate endDate) {
    return em.createNamedQuery("Offer.iguEndingOn", Offer.class).setParameter("caseId", caseId)
        .setParameter("endDate", endDate).getResultList();
  }

  /** Whether the case has an IGU that is running or was completed (one that ended early does not count). */
  public boolean hadIgu(UUID caseId) {
    return em.createNamedQuery("Offer.countIgu", Long.class).setParameter("caseId", caseId).getSingleResult() > 0;
  }

  public List<JobReadinessAssessment> assessments(UUID caseId) {
    return em.createNamedQuery("JobReadinessAssessment.byCase", JobReadinessAssessment.class)
        .setParameter("caseId", caseId).getResultList();
  }

  /** The other cases of the household in the kommune, oldest first. */
  public List<CaseFile> householdOf(CaseFile c) {
    if (c.householdId() == null) {
      return List.of();
    }
    return em.createQuery("select o from CaseFile o where o.kommuneKode = :kommune and o.householdId = :household"
            + " and o.id <> :id order by o.registeredAt, o.id", CaseFile.class)
        .setParameter("kommune", c.kommune().value()).setParameter("household", c.householdId())
        .setParameter("id", c.id()).getResultList();
  }

  public List<dk.jobbro.caseload.entity.CaseDependant> dependants(UUID caseId) {
    return em.createNamedQuery("CaseDependant.ofCase", dk.jobbro.caseload.entity.CaseDependant.class)
        .setParameter("caseId", caseId).getResultList();
  }

  public Optional<dk.jobbro.caseload.entity.CaseDependant> dependantFrom(UUID handoverId) {
    return em.createNamedQuery("CaseDependant.byHandover", dk.jobbro.caseload.entity.CaseDependant.class)
        .setParameter("handover", handoverId).getResultStream().findFirst();
  }

  public Optional<dk.jobbro.caseload.entity.CaseHandoverContent> handoverContent(UUID caseId) {
    return Optional.ofNullable(em.find(dk.jobbro.caseload.entity.CaseHandoverContent.class, caseId));
  }

  /** The Danish tests the person passed, oldest first. */
  public List<DanishTestPassed> danishTests(UUID caseId) {
    return em.createNamedQuery("DanishTest.byCase", DanishTest.class).setParameter("caseId", caseId).getResultList()
        .stream().map(t -> new DanishTestPassed(t.test(), t.passedOn())).toList();
  }

  public List<BenefitPeriod> benefits(UUID caseId) {
    return em.createNamedQuery("BenefitPeriod.byCase", BenefitPeriod.class).setParameter("caseId", caseId)
        .getResultList();
  }

  public List<CaseMove> openMoves(KommuneKode kommune) {
    return em.createNamedQuery("CaseMove.openFor", CaseMove.class).setParameter("kommune", kommune.value())
        .getResultList();
  }

  /** The full names of the given cases in one query, by case id (cases that do not exist are left out). */
  public Map<UUID, String> fullNames(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, String> names = new HashMap<>();
    em.createQuery("select c.id, c.fullName from CaseFile c where c.id in :ids", Object[].class)
        .setParameter("ids", caseIds).getResultList()
        .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    return names;
  }

  public boolean hasOpenMove(UUID caseId) {
    return em.createNamedQuery("CaseMove.openForCase", Long.class).setParameter("caseId", caseId)
        .getSingleResult() > 0;
  }

  public Optional<CaseMove> move(UUID moveId) {
    return Optional.ofNullable(em.find(CaseMove.class, moveId));
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** One page of cases and how many there are in all. */
  public record SearchResult(List<CaseFile> items, long total) {
    public SearchResult {
      items = new ArrayList<>(items);
    }
  }
}
