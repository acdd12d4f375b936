package dk.jobbro.api.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a failed write means from the exception that reports it. The persistence provider, the transaction
 * manager and the container wrap the database's answer in several layers (PersistenceException, RollbackException,
 * TransactionalException, EJBException), so these look through the whole chain of causes.
 */
public final class PersistenceFailures {

  /** PostgreSQL's SQLState for unique_violation; unlike the message text it does not depend on the server's locale. */
  static final String UNIQUE_VIOLATION = "23505";

  /** Hibernate's own exception for a version or row-count mismatch, named so that api needs no Hibernate. */
  private static final Set<String> STALE_STATE = Set.of("org.hibernate.StaleStateException",
      "org.hibernate.StaleObjectStateException");

  /**
   * SQLState classes and codes that say the database could not be reached or went away: class 08 (connection
   * exception) and the server's own shutdown codes (admin_shutdown, crash_shutdown, cannot_connect_now).
   */
  private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03");

  /** The connector API's failure to hand out a connection (pool exhausted or database down), by name. */
  private static final String RESOURCE_EXCEPTION = "jakarta.resource.ResourceException";

  /** Far deeper than any real wrapping; stops a pathological chain. */
  private static final int MAX_DEPTH = 32;

  private PersistenceFailures() {}

  /** Whether a concurrent change won: an optimistic-lock (version) check failed somewhere in the chain. */
  public static boolean isOptimisticLockFailure(Throwable failure) {
    return causes(failure).stream().anyMatch(t -> t instanceof OptimisticLockException
        || STALE_STATE.contains(t.getClass().getName()));
  }

  /**
   * Whether the failure is the database being out of reach (down, restarting, failing over, or no pooled connection
   * to be had) rather than anything about the request: the client should come back, not report a bug.
   */
  public static boolean isDatabaseUnreachable(Throwable failure) {
    return causes(failure).stream().anyMatch(t -> t instanceof SQLException sql && sql.getSQLState() != null
        && (sql.getSQLState().startsWith("08") || UNREACHABLE_STATES.contains(sql.getSQLState()))
        || isResourceException(t));
  }

  private static boolean isResourceException(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(RESOURCE_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key among {@code known} whose constraint the database named in a unique violation; empty when the failure is
   * no unique violation or names a constraint nobody registered (then it is not called a duplicate).
   */
  public static Optional<UniqueKey> violatedKey(Throwable failure, Collection<UniqueKey> known) {
    return uniqueViolation(failure).flatMap(sql -> known.stream()
        .filter(key -> names(sql, key.constraint())).findFirst());
  }

  private static Optional<SQLException> uniqueViolation(Throwable failure) {
    return causes(failure).stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
        .filter(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState())).findFirst();
  }

  /**
   * Whether the database's message names the constraint. PostgreSQL translates its messages but never the names in
   * them, so a whole-word match of the name is found in every locale.
   */
  private static boolean names(SQLException sql, String constraint) {
    String message = sql.getMessage();
    return message != null
        && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(constraint) + "(?![A-Za-z0-9_])").matcher(message).find();
  }

  /** The failure and everything it wraps, including the chained exceptions of a batch's SQLException. */
  static List<Throwable> causes(Throwable failure) {
    List<Throwable> found = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(failure, found, seen, 0);
    return found;
  }

  private static void collect(Throwable t, List<Throwable> found, Set<Throwable> seen, int depth) {
    if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
      return;
    }
    found.add(t);
    if (t instanceof SQLException sql) {
      collect(sql.getNextException(), found, seen, depth + 1);
    }
    collect(t.getCause(), found, seen, depth + 1);
  }
}
