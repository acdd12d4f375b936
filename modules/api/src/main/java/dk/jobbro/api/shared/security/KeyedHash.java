package dk.jobbro.api.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) under secret keys from configuration: the access log stores search criteria (which may
 * hold a CPR number) only this way, and other kommuner see a candidate only as a vacancy-bound reference made this
 * way. A key that anyone can read in the source tree would make both guessable, so the WAR ships none: the operator
 * sets each (server-config/README.md), /health/ready stays DOWN until they are set, and a hash asked for without
 * its key fails rather than falling back to a known one.
 */
public final class KeyedHash {

  /** The key of the access log's criteria hashes. */
  public static final String AUDIT_KEY = "jobbro.audit.hash-key";

  /** The key of the pseudonymous candidate references (matchRef). */
  public static final String MATCHING_KEY = "jobbro.matching.reference-key";

  /** Shorter keys are refused: 32 characters of {@code openssl rand -hex 32} carry 128 bits. */
  public static final int MIN_KEY_LENGTH = 32;

  /**
   * Each thread's Macs, by key: finding the provider and preparing the key cost more than hashing a CPR number, and
   * every request hashes a few (the access log, the blind index). A Mac is not thread-safe, so each thread has its
   * own; there is one per configured key.
   */
  private static final ThreadLocal<Map<String, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);

  private KeyedHash() {}

  /** Every key Jobbro needs, by configuration property. */
  public static List<String> properties() {
    return List.of(AUDIT_KEY, MATCHING_KEY);
  }

  /** Whether a configured value can serve as a key. */
  public static boolean usable(Optional<String> key) {
    return key.map(String::strip).filter(k -> k.length() >= MIN_KEY_LENGTH).isPresent();
  }

  /**
   * HMAC-SHA256 of the message under the configured key, with this thread's Mac for that key.
   *
   * @throws IllegalStateException when the key is missing or too short
   */
  public static byte[] hmac(Optional<String> key, String property, String message) {
    // doFinal leaves the Mac ready for the next message under the same key
    return MACS.get().computeIfAbsent(usableKey(key, property), KeyedHash::newMac)
        .doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An HMAC-SHA256 of the caller's own, ready to hash many messages under the configured key, for one thread at a time
   * (each {@code doFinal} resets it): a batch's slice sets it up once and reads the configuration once, rather than
   * for every record.
   *
   * @throws IllegalStateException when the key is missing or too short
   */
  public static Mac mac(Optional<String> key, String property) {
    return newMac(usableKey(key, property));
  }

  private static String usableKey(Optional<String> key, String property) {
    if (!usable(key)) {
      throw new IllegalStateException(property + " is not configured (at least " + MIN_KEY_LENGTH
          + " characters); see server-config/README.md");
    }
    return key.orElseThrow().strip();
  }

  private static Mac newMac(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
