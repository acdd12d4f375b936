package dk.jobbro.handover.control;

import dk.jobbro.api.handover.HandoverStatus;
import dk.jobbro.handover.entity.Handover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The household: family members handed over together. A handover naming others in {@code familyHandovers} joins their
 * household (and they join its), so the link holds both ways and whatever the order the family was sent in; a
 * household is everyone connected by such links. Kept as a shared {@code household_id} column, written here by SQL.
 */
@ApplicationScoped
public class Households {

  /** Withdrawn and merged handovers no longer count as members. */
  private static final List<HandoverStatus> GONE = List.of(HandoverStatus.WITHDRAWN, HandoverStatus.MERGED);

  @PersistenceContext
  EntityManager em;

  /**
   * Puts {@code handoverId} and {@code family} (with their households) into one household. The household kept is one
   * that already has a member taken over, if any (its id is on that member's case), otherwise the earliest sent one's;
   * a family with no household yet gets the id of its earliest-sent member.
   */
  public void join(UUID handoverId, Collection<UUID> family) {
    if (family == null || family.isEmpty()) {
      return;
    }
    Set<UUID> ids = new LinkedHashSet<>(family);
    ids.add(handoverId);
    em.flush();
    List<?> kept = em.createNativeQuery("select cast(coalesce(m.household_id, m.id) as text)"
            + " from handover.handover m where m.id in (?1) or m.household_id in"
            + " (select household_id from handover.handover where id in (?1) and household_id is not null)"
            + " order by (m.status = 'TAKEN_OVER' and m.household_id is not null) desc, m.sent_at, m.id limit 1")
        .setParameter(1, ids).getResultList();
    if (kept.isEmpty()) {
      return;
    }
    em.createNativeQuery("update handover.handover set household_id = cast(?2 as uuid) where id in (?1)"
            + " or household_id in (select household_id from handover.handover where id in (?1)"
            + " and household_id is not null)")
        .setParameter(1, ids).setParameter(2, kept.get(0)).executeUpdate();
  }

  /**
   * The other members of each handover's household, oldest first; an empty list for one handed over alone.
   *
   * @param kommune when given, only members addressed to this kommune (what a kommune's inbox may show)
   */
  public Map<UUID, List<UUID>> membersOf(Collection<Handover> of, String kommune) {
    Map<UUID, List<UUID>> members = new HashMap<>();
    of.forEach(h -> members.put(h.id(), new ArrayList<>()));
    if (of.isEmpty()) {
      return members;
    }
    var q = em.createQuery("select h.id, m.id from Handover h, Handover m where h.id in :ids"
            + " and m.householdId = h.householdId and m.id <> h.id and m.status not in :gone"
            + (kommune == null ? "" : " and m.receivingKommune = :kommune") + " order by m.sentAt, m.id",
            Object[].class)
        .setParameter("ids", members.keySet()).setParameter("gone", GONE);
    if (kommune != null) {
      q.setParameter("kommune", kommune);
    }
    q.getResultList().forEach(row -> members.get((UUID) row[0]).add((UUID) row[1]));
    return members;
  }

  /** The other members of this handover's household addressed to the same kommune, locked for a takeover. */
  public List<Handover> othersInKommune(Handover h) {
    return em.createQuery("select m from Handover m where m.householdId = (select x.householdId from Handover x"
            + " where x.id = :id) and m.id <> :id and m.receivingKommune = :kommune and m.status not in :gone"
            + " order by m.sentAt, m.id", Handover.class)
        .setParameter("id", h.id()).setParameter("kommune", h.receivingKommune()).setParameter("gone", GONE)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
  }

  /** The household id of a handover, or null when it was handed over alone. */
  public UUID householdOf(UUID handoverId) {
    // a list, not a stream's findFirst: the value is null for one handed over alone
    List<UUID> found = em.createQuery("select h.householdId from Handover h where h.id = :id", UUID.class)
        .setParameter("id", handoverId).getResultList();
    return found.isEmpty() ? null : found.get(0);
  }
}
