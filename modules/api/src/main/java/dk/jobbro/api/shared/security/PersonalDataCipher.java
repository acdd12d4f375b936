package dk.jobbro.api.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encryption at rest of personal data that must not lie in the database in clear: CPR numbers and the content of
 * handovers (which holds the CPR number and art. 9 health information). AES-256-GCM from the JDK, under keys from
 * configuration, and a keyed blind index (HMAC-SHA256 under a key of its own) for the lookups and unique indexes that
 * used to compare the CPR number itself.
 *
 * <p>A stored value is {@code <key id>:<base64 of 12-byte IV, ciphertext and 16-byte tag>}. The key id says which
 * configured key decrypts it, so rotation needs no flag day: the operator adds a key under a new id, makes it the
 * current one, and re-encrypts what still names the old id (server-config/README.md, "Rotating the encryption key").
 * The context (for example {@code caseload.case_file.cpr}) is bound to the ciphertext as associated data, so a value
 * copied into another column does not decrypt there.
 *
 * <p>Configuration, each secret at least {@value KeyedHash#MIN_KEY_LENGTH} characters ({@code openssl rand -hex 32}):
 * {@value #KEY_ID} names the current key, {@value #KEY_PREFIX}{@code <id>} holds each key, {@value #INDEX_KEY} the
 * blind index's key. The index key cannot be rotated by re-encryption (the index is what finds the rows), so it is
 * set once. Nothing is read at class loading: entities encrypt when they are stored, so unit tests that only build
 * entities need no keys.
 */
public final class PersonalDataCipher {

  /** The id of the key new values are encrypted under. */
  public static final String KEY_ID = "jobbro.encryption.key-id";

  /** Prefix of each key: {@code jobbro.encryption.key.<id>}. */
  public static final String KEY_PREFIX = "jobbro.encryption.key.";

  /** The key of the blind index (HMAC-SHA256) that lookups and unique indexes use. */
  public static final String INDEX_KEY = "jobbro.encryption.index-key";

  /** Key ids are short and plain, since they are stored in front of every value. */
  private static final Pattern KEY_ID_SYNTAX = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String AES_GCM = "AES/GCM/NoPadding";

  /**
   * The provider of AES-GCM, found once: a cipher asked for by name alone searches every installed provider again at
   * each init, which cost more than the encryption itself in a batch of 10,000 handovers.
   */
  private static final Provider AES_PROVIDER = aesProvider();

  /**
   * Derived AES keys by key id and configured secret (so a changed secret derives anew): deriving is an HMAC, done
   * once per key rather than once per value.
   */
  private static final Map<String, SecretKeySpec> DERIVED_KEYS = new ConcurrentHashMap<>();

  private final Function<String, Optional<String>> config;

  /** A cipher over the given configuration lookup (property name to value); tests pass a map's lookup. */
  public PersonalDataCipher(Function<String, Optional<String>> config) {
    this.config = config;
  }

  /** The cipher under the application's MicroProfile Config, read on every call so a changed key id takes effect. */
  public static PersonalDataCipher configured() {
    var c = ConfigProvider.getConfig();
    return new PersonalDataCipher(name -> c.getOptionalValue(name, String.class));
  }

  /** Whether the configuration names a current key, holds that key and an index key; readiness reports it. */
  public boolean ready() {
    Optional<String> id = config.apply(KEY_ID).map(String::strip);
    return id.filter(i -> KEY_ID_SYNTAX.matcher(i).matches()).isPresent()
        && KeyedHash.usable(config.apply(KEY_PREFIX + id.orElseThrow()))
        && KeyedHash.usable(config.apply(INDEX_KEY));
  }

  /** The id of the current key. */
  public String currentKeyId() {
    String id = config.apply(KEY_ID).map(String::strip).orElseThrow(() -> missing(KEY_ID));
    if (!KEY_ID_SYNTAX.matcher(id).matches()) {
      throw new IllegalStateException(KEY_ID + " must be 1-32 letters, digits, '-' or '_'");
    }
    return id;
  }

  /** Encrypts under the current key; null stays null. */
  public String encrypt(String plain, String context) {
    return plain == null ? null : encrypter().encrypt(plain, context);
  }

  /**
   * An encrypter under the current key, for one thread that encrypts many values (a batch import): the key id, the
   * derived key and the AES-GCM cipher object are found once, where each {@link #encrypt} call looks them up anew
   * (reading the configuration twice, and expanding the AES key schedule for a new cipher object). Every value still
   * gets its own random IV, so no two values share key and IV.
   */
  public Encrypter encrypter() {
    String id = currentKeyId();
    try {
      return new Encrypter(id, key(id), Cipher.getInstance(AES_GCM, AES_PROVIDER));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** Encrypts values under one key with one cipher object; not thread-safe (see {@link #encrypter()}). */
  public static final class Encrypter {

    private final String keyId;
    private final SecretKeySpec key;
    private final Cipher aes;

    private Encrypter(String keyId, SecretKeySpec key, Cipher aes) {
      this.keyId = keyId;
      this.key = key;
      this.aes = aes;
    }

    /** As {@link PersonalDataCipher#encrypt}: null stays null. */
    public String encrypt(String plain, String context) {
      if (plain == null) {
        return null;
      }
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      try {
        aes.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        byte[] clear = plain.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[IV_BYTES + aes.getOutputSize(clear.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        aes.doFinal(clear, 0, clear.length, out, IV_BYTES); // GCM's output size is exact: ciphertext and tag
        return keyId + ':' + Base64.getEncoder().encodeToString(out);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
      }
    }
  }

  /**
   * Decrypts a value stored by {@link #encrypt} under any key still configured; null stays null.
   *
   * @throws IllegalStateException when the key is not configured, or the value was altered or stored for another
   *     context (the message never holds the value)
   */
  public String decrypt(String stored, String context) {
    if (stored == null) {
      return null;
    }
    String id = keyIdOf(stored);
    byte[] in = Base64.getDecoder().decode(stored.substring(id.length() + 1));
    try {
      Cipher aes = Cipher.getInstance(AES_GCM, AES_PROVIDER);
      aes.init(Cipher.DECRYPT_MODE, key(id), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(aes.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("a value of " + context + " does not decrypt under key " + id
          + ": altered, or stored for another column");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** The value encrypted anew under the current key (unchanged if it already is). */
  public String reencrypt(String stored, String context) {
    return isCurrent(stored) ? stored : encrypt(decrypt(stored, context), context);
  }

  /** Whether a stored value is under the current key. */
  public boolean isCurrent(String stored) {
    return stored == null || keyIdOf(stored).equals(currentKeyId());
  }

  /** The key id a stored value names. */
  public static String keyIdOf(String stored) {
    int colon = stored.indexOf(':');
    if (colon < 1) {
      throw new IllegalStateException("not an encrypted value (no key id)");
    }
    return stored.substring(0, colon);
  }

  /**
   * The blind index of a value: HMAC-SHA256 under the index key, of the value as given (callers pass the
   * canonical form, a CPR number's 10 digits). Equal values give equal indexes, so it serves lookups and
   * unique indexes; without the key nobody can compute it for the few hundred million possible CPR numbers.
   */
  public byte[] blindIndex(String value) {
    return blindIndexer().index(value);
  }

  /** The blind index as 64 lowercase hex digits, for text keys (a handover's person key). */
  public String blindIndexHex(String value) {
    return blindIndexer().indexHex(value);
  }

  /**
   * A blind indexer under the current index key, for one thread that indexes many values (a batch import): the key
   * is read from the configuration and the HMAC set up once, where each {@link #blindIndex} call does both anew.
   */
  public BlindIndexer blindIndexer() {
    return new BlindIndexer(KeyedHash.mac(config.apply(INDEX_KEY), INDEX_KEY));
  }

  /** Computes blind indexes under one key with one HMAC object; not thread-safe (see {@link #blindIndexer()}). */
  public static final class BlindIndexer {

    private final Mac hmac;

    private BlindIndexer(Mac hmac) {
      this.hmac = hmac;
    }

    /** As {@link PersonalDataCipher#blindIndex}. */
    public byte[] index(String value) {
      return hmac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link PersonalDataCipher#blindIndexHex}. */
    public String indexHex(String value) {
      return HexFormat.of().formatHex(index(value));
    }
  }

  private SecretKeySpec key(String id) {
    Optional<String> secret = config.apply(KEY_PREFIX + id);
    if (!KeyedHash.usable(secret)) {
      throw missing(KEY_PREFIX + id);
    }
    // a 256-bit AES key derived from the configured secret, which is text of any length >= 32
    return DERIVED_KEYS.computeIfAbsent(id + '\n' + secret.orElseThrow(), k -> new SecretKeySpec(
        KeyedHash.hmac(secret, KEY_PREFIX + id, "jobbro AES-256-GCM key"), "AES"));
  }

  private static Provider aesProvider() {
    try {
      return Cipher.getInstance(AES_GCM).getProvider();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  private static IllegalStateException missing(String property) {
    return new IllegalStateException(property + " is not configured (at least " + KeyedHash.MIN_KEY_LENGTH
        + " characters); see server-config/README.md");
  }
}
