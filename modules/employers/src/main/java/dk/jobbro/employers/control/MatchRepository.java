package dk.jobbro.employers.control;

import dk.jobbro.api.employers.MatchRequestStatus;
import dk.jobbro.employers.entity.MatchRequest;
import dk.jobbro.employers.entity.Vacancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which kommuner a vacancy draws candidates from (decided in the database from the centroids, like vacancy
 * visibility) and the match requests, always scoped by the caller's kommune.
 */
@ApplicationScoped
public class MatchRepository {

  @PersistenceContext
  EntityManager em;

  /**
   * Kommuner other than the vacancy's own within its maximum commute of the workplace (all of them when the vacancy
   * sets no maximum), with their distance in km.
   */
  public Map<String, Double> otherKommunerWithinCommute(Vacancy v) {
    String sql = "select b.kode, " + VacancyRepository.DISTANCE_KM + " as km from reference.kommune_centroid a "
        + "join reference.kommune_centroid b on b.kode <> ?2 where a.kode = ?1";
    // Without a maximum commute every other kommune may take part; the distance limit is then not in the query, and
    // neither may its parameter be (binding an ordinal the query lacks is an error).
    Query query = v.maxCommuteKm() == null ? em.createNativeQuery(sql)
        : em.createNativeQuery("select * from (" + sql + ") d where d.km <= ?3").setParameter(3, v.maxCommuteKm());
    List<?> rows = query.setParameter(1, v.locationKommune()).setParameter(2, v.kommuneKode()).getResultList();
    Map<String, Double> result = new LinkedHashMap<>();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      result.put(((String) r[0]).strip(), ((Number) r[1]).doubleValue());
    }
    return result;
  }

  /** The distance between two kommuner's centroids in km (0 for the same kommune). */
  public double distanceKm(String workplace, String kommune) {
    Object km = em.createNativeQuery("select " + VacancyRepository.DISTANCE_KM
            + " from reference.kommune_centroid a, reference.kommune_centroid b where a.kode = ?1 and b.kode = ?2")
        .setParameter(1, workplace).setParameter(2, kommune).getResultList().stream().findFirst().orElse(0.0);
    return ((Number) km).doubleValue();
  }

  public void add(MatchRequest request) {
    em.persist(request);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Whether a request for this candidate and vacancy is still live: anything but declined or withdrawn, the same rows
   * as the unique index match_request_one_uq holds, so a withdrawn or declined request leaves room for a new one. The
   * statuses are literals, so that PostgreSQL's cached plan can use that partial index.
   */
  public boolean liveRequestExists(UUID vacancyId, UUID caseId) {
    return !em.createQuery("select r.id from MatchRequest r where r.vacancyId = :v and r.caseId = :c and r.status "
            + "not in (dk.jobbro.api.employers.MatchRequestStatus.DECLINED, "
            + "dk.jobbro.api.employers.MatchRequestStatus.WITHDRAWN)", UUID.class)
        .setParameter("v", vacancyId).setParameter("c", caseId).setMaxResults(1).getResultList().isEmpty();
  }

  /** A request the kommune takes part in, as requester or as holder of the candidate. */
  public Optional<MatchRequest> involving(UUID id, String kommune) {
    MatchRequest r = em.find(MatchRequest.class, id);
    return r != null && (r.requestingKommune().equals(kommune) || r.candidateKommune().equals(kommune))
        ? Optional.of(r) : Optional.empty();
  }

  /** Requests to the kommune (as holder) or from it (as requester), newest first. */
  public List<MatchRequest> list(String kommune, boolean asHolder, MatchRequestStatus status, int first, int max) {
    String side = asHolder ? "r.candidateKommune" : "r.requestingKommune";
    var q = em.createQuery("select r from MatchRequest r where " + side + " = :k"
        + (status == null ? "" : " and r.status = :s") + " order by r.requestedAt desc, r.id", MatchRequest.class)
        .setParameter("k", kommune);
    if (status != null) {
      q.setParameter("s", status);
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(String kommune, boolean asHolder, MatchRequestStatus status) {
    String side = asHolder ? "r.candidateKommune" : "r.requestingKommune";
    var q = em.createQuery("select count(r) from MatchRequest r where " + side + " = :k"
        + (status == null ? "" : " and r.status = :s"), Long.class).setParameter("k", kommune);
    if (status != null) {
      q.setParameter("s", status);
    }
    return q.getSingleResult();
  }

  public Optional<Vacancy> vacancy(UUID id) {
    return Optional.ofNullable(em.find(Vacancy.class, id));
  }
}
