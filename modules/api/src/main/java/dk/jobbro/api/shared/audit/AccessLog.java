package dk.jobbro.api.shared.audit;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the access log for every read, search, change and export of a person's data. Called inside the business
 * transaction, so a log row exists exactly when the access happened. Search criteria are stored only as a keyed hash
 * (HMAC-SHA256): an auditor who knows a CPR number can find the searches for it, nobody can read the CPR back.
 */
@ApplicationScoped
public class AccessLog {

  @PersistenceContext
  EntityManager em;

  @Inject
  Caller caller;

  /** The HMAC key; the operator sets it (server-config/README.md), the WAR has none. */
  @Inject
  @ConfigProperty(name = KeyedHash.AUDIT_KEY)
  Optional<String> hashKey;

  /** Records an action on one resource (for example READ of a case). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String resourceType, UUID resourceId) {
    em.persist(new AccessLogEntry(caller.subject(), caller.role(), kommune(), action, resourceType, resourceId, null));
  }

  /**
   * Records an access after which the request is refused, such as a 409 that tells the caller a fact about a person
   * held by another kommune: in a transaction of its own, so the row stays although the refusal rolls the request's
   * transaction back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefused(String action, String resourceType, UUID resourceId) {
    em.persist(new AccessLogEntry(caller.subject(), caller.role(), kommune(), action, resourceType, resourceId, null));
  }

  /** Records a search or listing; the criterion (which may hold a CPR number) is stored only as its hash. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSearch(String action, String resourceType, String criterion) {
    em.persist(new AccessLogEntry(caller.subject(), caller.role(), kommune(), action, resourceType, null,
        criterion == null ? null : hash(criterion)));
  }

  /** The keyed hash under which a criterion is logged. */
  public String hash(String criterion) {
    return HexFormat.of().formatHex(KeyedHash.hmac(hashKey, KeyedHash.AUDIT_KEY, criterion));
  }

  private String kommune() {
    return caller.kommune().map(KommuneKode::value).orElse(null);
  }
}
