package dk.jobbro.api.shared.audit;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Writes the access log for every read, search, change and export of a person's data. Called inside the business
 * transaction, so a log row exists exactly when the access happened.
 */
@ApplicationScoped
public class AccessLog {

  @PersistenceContext
  EntityManager em;

  @Inject
  Caller caller;

  /** Records an action on one resource (for example READ of a case). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String resourceType, UUID resourceId) {
    em.persist(new AccessLogEntry(caller.subject(), caller.role(), kommune(), action, resourceType, resourceId, null));
  }

  /** Records a search; the criterion must already be hashed when it holds a CPR number. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSearch(String action, String resourceType, String criterionHash) {
    em.persist(new AccessLogEntry(caller.subject(), caller.role(), kommune(), action, resourceType, null,
        criterionHash));
  }

  private String kommune() {
    return caller.kommune().map(KommuneKode::value).orElse(null);
  }
}
