package dk.jobbro.app.rest;

import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.persistence.PersistenceFailures;
import dk.jobbro.api.shared.persistence.UniqueKey;
import dk.jobbro.api.shared.persistence.UniqueKeys;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * What a write that lost a race tells the client, decided once for every module. A failed version check is the
 * client's stale If-Match (412), or a 409 when the request sent none (a change that reads and writes a resource, such
 * as adding an offer to a case, met another change of it). A unique violation is a 409 naming the field, taken from
 * the modules' {@link UniqueKeys}. A database out of reach is a 503 the client may retry (a change
 * may or may not have committed if the connection broke during the commit, so the detail points to the
 * Idempotency-Key that makes a repeat safe). Anything else is no client problem: empty, and the caller answers 500.
 */
final class PersistenceProblems {

  private PersistenceProblems() {}

  static Optional<ProblemException> of(Throwable failure, HttpHeaders request) {
    if (PersistenceFailures.isOptimisticLockFailure(failure)) {
      boolean ifMatch = request != null && request.getHeaderString(Versions.IF_MATCH) != null;
      return Optional.of(ifMatch ? ProblemException.staleVersion() : ProblemException.conflict(
          "Someone else changed the same data at the same time. Read it again and repeat your change if it still "
              + "applies."));
    }
    if (PersistenceFailures.isDatabaseUnreachable(failure)) {
      return Optional.of(new ProblemException(503, "database-unavailable", "Database unavailable",
          "Jobbro cannot reach its database just now. Try again in a few seconds; a change sent with an "
              + "Idempotency-Key is safe to repeat."));
    }
    return PersistenceFailures.violatedKey(failure, keys()).map(UniqueKey::duplicate);
  }

  private static List<UniqueKey> keys() {
    return CDI.current().select(UniqueKeys.class).stream().flatMap(m -> m.uniqueKeys().stream()).toList();
  }
}
