package dk.jobbro.handover.control;

import dk.jobbro.api.handover.HandoverStatus;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import dk.jobbro.handover.entity.InformationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Handovers in the database. Every read is scoped to a receiving kommune or to a sender. */
@ApplicationScoped
public class HandoverRepository {

  /** High half of the advisory-lock keys, so the handover module's locks never meet another module's. */
  private static final long LOCK_NAMESPACE = 0x48414E44L << 32;

  @PersistenceContext
  EntityManager em;

  public Optional<Handover> inKommune(UUID id, String kommune, boolean lock) {
    TypedQuery<Handover> q = em.createNamedQuery("Handover.inKommune", Handover.class)
        .setParameter("id", id).setParameter("kommune", kommune);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream().findFirst();
  }

  public Optional<Handover> ofSender(UUID id, String sender, boolean lock) {
    TypedQuery<Handover> q = em.createNamedQuery("Handover.ofSender", Handover.class)
        .setParameter("id", id).setParameter("sender", sender);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream().findFirst();
  }

  /** Handovers that are not withdrawn, for these people in these kommuner. */
  public List<Handover> live(Collection<String> kommuner, Collection<String> personKeys) {
    if (kommuner.isEmpty() || personKeys.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Handover.live", Handover.class)
        .setParameter("kommuner", kommuner).setParameter("keys", personKeys).getResultList();
  }

  /**
   * The possible duplicates of each of these handovers (all addressed to {@code kommune}): the kommune's other
   * handovers of the same person from another sender that are neither withdrawn nor merged, by handover id. Only an
   * open handover has any: one taken over, withdrawn or merged is settled.
   */
  public Map<UUID, List<UUID>> possibleDuplicates(String kommune, Collection<Handover> of) {
    List<Handover> open = of.stream().filter(h -> h.status().isOpen()).toList();
    Map<UUID, List<UUID>> duplicates = new HashMap<>();
    of.forEach(h -> duplicates.put(h.id(), new ArrayList<>()));
    if (open.isEmpty()) {
      return duplicates;
    }
    List<Handover> same = live(List.of(kommune), open.stream().map(Handover::personKey).distinct().toList());
    for (Handover h : open) {
      same.stream().filter(o -> o.personKey().equals(h.personKey()) && !o.sender().equals(h.sender()))
          .sorted(Comparator.comparing(Handover::sentAt).thenComparing(Handover::id))
          .forEach(o -> duplicates.get(h.id()).add(o.id()));
    }
    return duplicates;
  }

  /**
   * Serialises duplicate checks for one receiving kommune until the transaction ends, so two concurrent handovers of
   * one person cannot both pass the check. Callers lock several kommuner in ascending order (no deadlock).
   */
  public void lockKommune(String kommune) {
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l")
        .setParameter(1, LOCK_NAMESPACE + Integer.parseInt(kommune)).getSingleResult();
  }

  /** Marks a SENT handover RECEIVED; true when this call did it (so it happens once, also under concurrent reads). */
  public boolean markReceived(Handover handover, Instant now) {
    int changed = em.createNamedQuery("Handover.markReceived").setParameter("id", handover.id())
        .setParameter("now", now).executeUpdate();
    em.refresh(handover);
    return changed == 1;
  }

  public List<Handover> page(String column, String value, HandoverStatus status, PageRequest page) {
    TypedQuery<Handover> q = em.createQuery("select h from Handover h where h." + column + " = :value"
        + (status == null ? "" : " and h.status = :status") + " order by h.sentAt desc, h.id", Handover.class)
        .setParameter("value", value);
    if (status != null) {
      q.setParameter("status", status);
    }
    return q.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
  }

  public long count(String column, String value, HandoverStatus status) {
    TypedQuery<Long> q = em.createQuery("select count(h) from Handover h where h." + column + " = :value"
        + (status == null ? "" : " and h.status = :status"), Long.class).setParameter("value", value);
    if (status != null) {
      q.setParameter("status", status);
    }
    return q.getSingleResult();
  }

  /** How many of these ids are handovers of this sender (linked family handovers must be). */
  public long countOfSender(Collection<UUID> ids, String sender) {
    return em.createQuery("select count(h) from Handover h where h.id in :ids and h.sender = :sender", Long.class)
        .setParameter("ids", ids).setParameter("sender", sender).getSingleResult();
  }

  /** Which of these ids are handovers of this sender. */
  public java.util.Set<UUID> idsOfSender(Collection<UUID> ids, String sender) {
    return new java.util.HashSet<>(em.createQuery("select h.id from Handover h where h.id in :ids"
        + " and h.sender = :sender", UUID.class).setParameter("ids", ids).setParameter("sender", sender)
        .getResultList());
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /** Detaches what was written so far; keeps a long batch from growing the persistence context. */
  public void clear() {
    em.flush();
    em.clear();
  }

  public List<HandoverRevision> revisions(UUID handoverId) {
    return em.createNamedQuery("HandoverRevision.ofHandover", HandoverRevision.class)
        .setParameter("handover", handoverId).getResultList();
  }

  public List<InformationRequest> infoRequests(UUID handoverId) {
    return em.createNamedQuery("InformationRequest.ofHandover", InformationRequest.class)
        .setParameter("handover", handoverId).getResultList();
  }

  /** Marks the open information requests answered by this revision; how many there were. */
  public int answerInfoRequests(UUID handoverId, int revision) {
    return em.createNamedQuery("InformationRequest.answer").setParameter("handover", handoverId)
        .setParameter("revision", revision).executeUpdate();
  }

  /** The handovers of a case, when the case's agreed takeover date moves. */
  public List<Handover> ofCase(UUID caseId) {
    return em.createQuery("select h from Handover h where h.caseId = :caseId", Handover.class)
        .setParameter("caseId", caseId).getResultList();
  }
}
