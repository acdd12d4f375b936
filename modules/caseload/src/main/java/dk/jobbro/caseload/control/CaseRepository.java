package dk.jobbro.caseload.control;

import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cases in the database; every query is scoped to one kommune. */
@ApplicationScoped
public class CaseRepository {

  @PersistenceContext
  EntityManager em;

  public Optional<CaseFile> findInKommune(UUID id, KommuneKode kommune) {
    return em.createNamedQuery("CaseFile.findInKommune", CaseFile.class)
        .setParameter("id", id)
        .setParameter("kommune", kommune.value())
        .getResultStream()
        .findFirst();
  }

  public boolean existsInKommune(KommuneKode kommune, Cpr cpr) {
    return em.createNamedQuery("CaseFile.countByCpr", Long.class)
        .setParameter("kommune", kommune.value())
        .setParameter("cpr", cpr.value())
        .getSingleResult() > 0;
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

  /** Persists a new case and flushes, so a duplicate surfaces here rather than at commit. */
  public void add(CaseFile caseFile) {
    em.persist(caseFile);
    em.flush();
  }
}
