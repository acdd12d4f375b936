package dk.jobbro.employers.control;

import dk.jobbro.api.employers.VacancyStatus;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.employers.entity.Vacancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Vacancies and who may see them, decided in the database: the own kommune's, plus other kommuner's open vacancies
 * that welcome candidates and whose workplace kommune lies within their maximum commute of the caller's kommune —
 * the haversine distance between the two kommune centroids (reference.kommune_centroid, approximate).
 */
@ApplicationScoped
public class VacancyRepository {

  /** Great-circle distance in km between centroid a (workplace) and b (caller), Earth radius 6371 km. */
  static final String DISTANCE_KM = "(2 * 6371 * asin(sqrt(power(sin(radians(b.lat - a.lat) / 2), 2) "
      + "+ cos(radians(a.lat)) * cos(radians(b.lat)) * power(sin(radians(b.lon - a.lon) / 2), 2))))";

  private static final String VISIBLE = " from employers.vacancy v "
      + "join reference.kommune_centroid a on a.kode = v.location_kommune "
      + "join reference.kommune_centroid b on b.kode = ?1 "
      + "where (v.kommune_kode = ?1 or (v.status = 'OPEN' and v.open_to_other_kommuner "
      + "and (v.max_commute_km is null or " + DISTANCE_KM + " <= v.max_commute_km)))";

  @PersistenceContext
  EntityManager em;

  /** A visible vacancy with its distance from the caller's kommune. */
  public record Seen(Vacancy vacancy, double distanceKm) {}

  public Optional<Seen> visible(UUID id, KommuneKode caller) {
    List<?> rows = em.createNativeQuery("select v.id, " + DISTANCE_KM + VISIBLE + " and v.id = ?2")
        .setParameter(1, caller.value()).setParameter(2, id).getResultList();
    return rows.stream().findFirst().map(r -> seen((Object[]) r).get(0));
  }

  public List<Seen> visible(KommuneKode caller, VacancyStatus status, PageRequest page) {
    String filter = status == null ? "" : " and v.status = ?2";
    var q = em.createNativeQuery("select v.id, " + DISTANCE_KM + VISIBLE + filter + " order by v.start_date, v.id")
        .setParameter(1, caller.value());
    if (status != null) {
      q.setParameter(2, status.name());
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object r : q.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList()) {
      rows.add((Object[]) r);
    }
    return seen(rows.toArray(new Object[0][]));
  }

  public long countVisible(KommuneKode caller, VacancyStatus status) {
    var q = em.createNativeQuery("select count(*)" + VISIBLE + (status == null ? "" : " and v.status = ?2"))
        .setParameter(1, caller.value());
    if (status != null) {
      q.setParameter(2, status.name());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  public Optional<Vacancy> own(UUID id, KommuneKode kommune) {
    Vacancy v = em.find(Vacancy.class, id);
    return v != null && v.kommuneKode().equals(kommune.value()) ? Optional.of(v) : Optional.empty();
  }

  public void add(Vacancy vacancy) {
    em.persist(vacancy);
  }

  public void flush() {
    em.flush();
  }

  private List<Seen> seen(Object[]... rows) {
    Map<UUID, Double> distances = new LinkedHashMap<>();
    for (Object[] r : rows) {
      distances.put((UUID) r[0], ((Number) r[1]).doubleValue());
    }
    List<Seen> result = new ArrayList<>();
    distances.forEach((id, km) -> result.add(new Seen(em.find(Vacancy.class, id), Math.round(km * 10) / 10.0)));
    return result;
  }
}
