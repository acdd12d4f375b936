package dk.jobbro.caseload.control;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.caseload.entity.Task;
import dk.jobbro.caseload.entity.TaskStatus;
import dk.jobbro.caseload.entity.TaskType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tasks in the database; the list is always scoped to one kommune. */
@ApplicationScoped
public class TaskRepository {

  @PersistenceContext
  EntityManager em;

  /**
   * Which tasks to list. {@code owner} and {@code unassigned} narrow to one caseworker's tasks or to the kommune's
   * queue; {@code status} OPEN means open now (snoozed ones whose date has come included), SNOOZED still snoozed.
   */
  public record Filter(String owner, boolean unassigned, TaskType type, TaskStatus status, boolean overdue,
      Integer dueWithinDays, UUID caseId) {}

  public record Result(List<Task> items, long total) {}

  public Optional<Task> findInKommune(UUID id, KommuneKode kommune) {
    return em.createNamedQuery("Task.findInKommune", Task.class).setParameter("id", id)
        .setParameter("kommune", kommune.value()).getResultStream().findFirst();
  }

  /** The open or snoozed tasks of a case. */
  public List<Task> pendingOfCase(UUID caseId) {
    return em.createNamedQuery("Task.pendingOfCase", Task.class).setParameter("caseId", caseId).getResultList();
  }

  /** The open or snoozed task for this deadline, if there is one (there is at most one: a unique index). */
  public Optional<Task> pending(TaskType type, String subjectKey) {
    // a list, not a stream: a stream is a scrollable result, costlier to set up for the one row there may be
    return em.createNamedQuery("Task.pendingBySubject", Task.class).setParameter("type", type)
        .setParameter("key", subjectKey).getResultList().stream().findFirst();
  }

  public void add(Task task) {
    em.persist(task);
  }

  public void flush() {
    em.flush();
  }

  /** One page of the kommune's tasks, soonest due first. */
  public Result page(KommuneKode kommune, Filter f, LocalDate today, PageRequest page) {
    StringBuilder where = new StringBuilder(" where t.kommuneKode = :kommune");
    Map<String, Object> params = new HashMap<>();
    params.put("kommune", kommune.value());
    TaskStatus status = f.status() == null ? TaskStatus.OPEN : f.status();
    // The pending statuses are literals, as in Task.PENDING: the index that serves this page in due order is partial
    // on pending tasks, and with the statuses as parameters PostgreSQL's cached plan cannot use it.
    switch (status) {
      case OPEN -> where.append(" and (t.status = ").append(Task.JPQL_OPEN)
          .append(" or (t.status = ").append(Task.JPQL_SNOOZED).append(" and t.snoozedUntil <= :today))");
      case SNOOZED -> where.append(" and t.status = ").append(Task.JPQL_SNOOZED).append(" and t.snoozedUntil > :today");
      case DONE, CANCELLED -> where.append(" and t.status = :status");
    }
    if (status == TaskStatus.OPEN || status == TaskStatus.SNOOZED) {
      params.put("today", today);
    } else {
      params.put("status", status);
    }
    if (f.owner() != null) {
      where.append(" and t.owner = :owner");
      params.put("owner", f.owner());
    }
    if (f.unassigned()) {
      where.append(" and t.owner is null");
    }
    if (f.type() != null) {
      where.append(" and t.type = :type");
      params.put("type", f.type());
    }
    if (f.caseId() != null) {
      where.append(" and t.caseId = :caseId");
      params.put("caseId", f.caseId());
    }
    if (f.overdue()) {
      where.append(" and t.dueDate < :overdueBefore");
      params.put("overdueBefore", today);
    }
    if (f.dueWithinDays() != null) {
      where.append(" and t.dueDate <= :dueBy");
      params.put("dueBy", today.plusDays(f.dueWithinDays()));
    }
    TypedQuery<Task> items = em.createQuery("select t from Task t" + where + " order by t.dueDate, t.id", Task.class)
        .setFirstResult(page.firstResult()).setMaxResults(page.size());
    TypedQuery<Long> count = em.createQuery("select count(t) from Task t" + where, Long.class);
    params.forEach((k, v) -> {
      items.setParameter(k, v);
      count.setParameter(k, v);
    });
    return new Result(new ArrayList<>(items.getResultList()), count.getSingleResult());
  }
}
