package dk.jobbro.api.shared.reference;

import dk.jobbro.api.shared.KommuneKode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kommuner, read once from the reference tables and kept in memory: 98 rows that change only with a migration
 * (and so with a redeployment).
 */
@ApplicationScoped
public class KommuneRegistry {

  @PersistenceContext
  EntityManager em;

  private volatile Map<String, KommuneView> byKode;

  public List<KommuneView> all() {
    return List.copyOf(loaded().values());
  }

  public Optional<KommuneView> find(KommuneKode kode) {
    return Optional.ofNullable(loaded().get(kode.value()));
  }

  public boolean isKnown(KommuneKode kode) {
    return loaded().containsKey(kode.value());
  }

  private Map<String, KommuneView> loaded() {
    Map<String, KommuneView> current = byKode;
    if (current == null) {
      Map<String, KommuneView> fresh = new LinkedHashMap<>();
      em.createNamedQuery("Kommune.all", Kommune.class).getResultList()
          .forEach(k -> fresh.put(k.kode(), KommuneView.of(k)));
      current = java.util.Collections.unmodifiableMap(fresh);
      byKode = current;
    }
    return current;
  }
}
