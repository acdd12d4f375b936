package dk.jobbro.app.idempotency;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers kept under Idempotency-Keys ({@code http.idempotent_response}); the callers hold the transactions. A
 * retry comes within minutes or hours, so a key expires after {@code jobbro.idempotency-key.retention-days} (7 by
 * default, like the handover module's keys): after that the same key is new again, and {@link ExpiredAnswers}
 * deletes the old answers, which may hold a person's data. Until then the body is stored encrypted
 * ({@link PersonalDataCipher}): a handover's answer holds the CPR number.
 */
@ApplicationScoped
public class StoredResponses {

  /** First key of the advisory locks (the two-key form), so they never meet another lock of Jobbro's. */
  private static final int LOCK_NAMESPACE = 0x4B455953; // "KEYS"

  /** The kept answers' bodies, encrypted. */
  public static final EncryptedColumn BODY_COLUMN = new EncryptedColumn("http.idempotent_response", "body");

  @PersistenceContext
  EntityManager em;

  @Inject
  Clock clock;

  @Inject
  @ConfigProperty(name = "jobbro.idempotency-key.retention-days", defaultValue = "7")
  int retentionDays;

  /** The unexpired answer stored under a key. */
  public Optional<StoredResponse> find(String scope, String key) {
    List<?> rows = em.createNativeQuery("select request_hash, status, location, etag, content_type, body"
            + " from http.idempotent_response where scope = ?1 and key = ?2 and created_at >= ?3")
        .setParameter(1, scope).setParameter(2, key).setParameter(3, Timestamp.from(expiredBefore()))
        .getResultList();
    return rows.stream().findFirst().map(Object[].class::cast).map(row -> new StoredResponse(
        row[0].toString().strip(), ((Number) row[1]).intValue(), text(row[2]), text(row[3]), text(row[4]),
        PersonalDataCipher.configured().decrypt(text(row[5]), BODY_COLUMN.context())));
  }

  /**
   * Takes the key's lock until the transaction ends, without waiting: false when another transaction holds it, that
   * is, when a request with this key is running. Locks are numbered by a 32-bit hash of scope and key; two keys
   * sharing a number only ever make one of them wait for a second, never run twice.
   */
  public boolean lock(String scope, String key) {
    int number = ByteBuffer.wrap(sha256(scope + "\n" + key)).getInt();
    return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
        .setParameter(1, LOCK_NAMESPACE).setParameter(2, number).getSingleResult());
  }

  /** Stores the first answer under the key, replacing an expired one; the caller holds the key's lock. */
  public void save(String scope, String key, StoredResponse answer) {
    em.createNativeQuery("insert into http.idempotent_response"
            + " (scope, key, request_hash, status, location, etag, content_type, body, created_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (scope, key) do update set"
            + " request_hash = excluded.request_hash, status = excluded.status, location = excluded.location,"
            + " etag = excluded.etag, content_type = excluded.content_type, body = excluded.body,"
            + " created_at = excluded.created_at")
        .setParameter(1, scope).setParameter(2, key).setParameter(3, answer.requestHash())
        .setParameter(4, answer.status()).setParameter(5, answer.location()).setParameter(6, answer.etag())
        .setParameter(7, answer.contentType())
        .setParameter(8, PersonalDataCipher.configured().encrypt(answer.body(), BODY_COLUMN.context()))
        .setParameter(9, Timestamp.from(clock.instant())).executeUpdate();
  }

  /** Deletes the expired answers; answers how many. */
  public int purgeExpired() {
    return em.createNativeQuery("delete from http.idempotent_response where created_at < ?1")
        .setParameter(1, Timestamp.from(expiredBefore())).executeUpdate();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String text(Object column) {
    return column == null ? null : column.toString();
  }

  private Instant expiredBefore() {
    return clock.instant().minus(Duration.ofDays(Math.max(1, retentionDays)));
  }
}
