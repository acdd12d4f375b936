package dk.jobbro.api.shared.reference;

import dk.jobbro.api.shared.KommuneKode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kommuner, read once from the reference tables and kept in memory: 98 rows and their name aliases, which change
 * only with a migration (and so with a redeployment).
 */
@ApplicationScoped
public class KommuneRegistry {

  @PersistenceContext
  EntityManager em;

  private volatile Map<String, KommuneView> byKode;
  private volatile Map<String, KommuneView> byNameKey;

  public List<KommuneView> all() {
    return List.copyOf(loaded().values());
  }

  public Optional<KommuneView> find(KommuneKode kode) {
    return Optional.ofNullable(loaded().get(kode.value()));
  }

  public boolean isKnown(KommuneKode kode) {
    return loaded().containsKey(kode.value());
  }

  /**
   * The kommune a name means: the official name or a spelling of it (see {@link KommuneNames}), or a known alias
   * from {@code reference.kommune_alias} such as "Vesthimmerland". Empty when no kommune has that name.
   */
  public Optional<KommuneView> findByName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(nameKeys().get(KommuneNames.key(name)));
  }

  private Map<String, KommuneView> nameKeys() {
    Map<String, KommuneView> current = byNameKey;
    if (current == null) {
      Map<String, KommuneView> fresh = new HashMap<>();
      Map<String, KommuneView> kommuner = loaded();
      kommuner.values().forEach(k -> addName(fresh, k.navn(), k));
      @SuppressWarnings("unchecked")
      List<Object[]> aliases = em.createNativeQuery(
          "select alias, kommune_kode from reference.kommune_alias order by alias").getResultList();
      aliases.forEach(a -> addName(fresh, (String) a[0], kommuner.get(a[1].toString())));
      current = Collections.unmodifiableMap(fresh);
      byNameKey = current;
    }
    return current;
  }

  /** Two kommuner behind one name key would make names ambiguous: refuse to start rather than guess. */
  private static void addName(Map<String, KommuneView> names, String name, KommuneView kommune) {
    KommuneView earlier = names.putIfAbsent(KommuneNames.key(name), kommune);
    if (earlier != null && !earlier.kode().equals(kommune.kode())) {
      throw new IllegalStateException("The name '" + name + "' matches kommune " + earlier.kode() + " and "
          + kommune.kode());
    }
  }

  private Map<String, KommuneView> loaded() {
    Map<String, KommuneView> current = byKode;
    if (current == null) {
      Map<String, KommuneView> fresh = new LinkedHashMap<>();
      em.createNamedQuery("Kommune.all", Kommune.class).getResultList()
          .forEach(k -> fresh.put(k.kode(), KommuneView.of(k)));
      current = Collections.unmodifiableMap(fresh);
      byKode = current;
    }
    return current;
  }
}
