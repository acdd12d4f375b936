package dk.jobbro.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens that MicroProfile JWT verified and {@link AuthenticationFilter} then accepted, so that the same token on the
 * next request is not verified again. A kommune's IT system or a caseworker's session sends one token with every
 * request until it expires, and verifying it (the RSA signature, the issuer, audience and times, the public key read
 * from its PEM text) was about a sixth of the test server's profile samples over the test suite, and the largest
 * single cost of a trivial read.
 *
 * <p>As an identity store consulted before Payara's own ({@link #priority()}), this answers a credential whose compact
 * token is exactly one accepted before, and not yet expired, with the same caller and groups Payara gave it; any other
 * credential is {@code NOT_VALIDATED}, and Payara's store verifies it in full as before. Only the filter adds tokens,
 * and only tokens the container verified and the filter accepted, so nothing enters here that was not verified.
 * An entry lives until the token's {@code exp} (or the end of its maximum age, where one is configured) and at most
 * {@link #KEPT_FOR}; the cache holds at most {@link #CAPACITY} tokens (when full, expired ones are dropped, and a new
 * token that still finds no room is simply verified every time). Each instance of a cluster keeps its own; nothing
 * here is state another instance needs.
 */
@ApplicationScoped
public class AcceptedTokens implements IdentityStore {

  static final Duration KEPT_FOR = Duration.ofMinutes(5);
  static final int CAPACITY = 5_000;
  /** Payara's store has the default priority 100; the lower number is asked first. */
  private static final int BEFORE_PAYARA = 10;
  private static final String TOKEN_AGE = "mp.jwt.verify.token.age";
  private static final String PAYARA_CREDENTIAL = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

  private final ConcurrentHashMap<String, Accepted> accepted = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Optional<Duration> maximumAge;
  private volatile MethodHandle compactForm;

  public AcceptedTokens() {
    this(Clock.systemUTC(), ConfigProvider.getConfig().getOptionalValue(TOKEN_AGE, Long.class).map(Duration::ofSeconds));
  }

  /**
   * @param maximumAge {@code mp.jwt.verify.token.age} where the operator set one: MicroProfile JWT then refuses a token
   *     issued longer ago than that, so the cache must not answer for it beyond that either
   */
  AcceptedTokens(Clock clock, Optional<Duration> maximumAge) {
    this.clock = clock;
    this.maximumAge = maximumAge;
  }

  /** A token the filter accepted, with the claims it read from it. */
  record Accepted(JsonWebToken token, Set<String> groups, TokenClaims claims, Instant until) {}

  @Override
  public CredentialValidationResult validate(Credential credential) {
    return answer(compactToken(credential));
  }

  /** What {@link #validate(Credential)} answers for a credential holding this compact token. */
  CredentialValidationResult answer(String compact) {
    Accepted known = find(compact);
    return known == null ? CredentialValidationResult.NOT_VALIDATED_RESULT
        : new CredentialValidationResult((CallerPrincipal) known.token(), known.groups());
  }

  @Override
  public int priority() {
    return BEFORE_PAYARA;
  }

  /** Validates and gives the groups, as Payara's store does: the container takes groups only from such a store. */
  @Override
  public Set<ValidationType> validationTypes() {
    return DEFAULT_VALIDATION_TYPES;
  }

  /** The accepted token with this compact form, or null when there is none or it has expired. */
  Accepted find(String compact) {
    Accepted known = compact == null ? null : accepted.get(compact);
    if (known != null && !clock.instant().isBefore(known.until())) {
      accepted.remove(compact, known);
      return null;
    }
    return known;
  }

  /**
   * Remembers a token the container verified and the filter accepted. Not kept: a token without {@code exp}, and one
   * that is not also the container's caller principal (Payara's token is both), which could not be answered as one.
   */
  void remember(JsonWebToken token, TokenClaims claims) {
    String compact = token.getRawToken();
    long expires = token.getExpirationTime();
    if (compact == null || expires <= 0 || !(token instanceof CallerPrincipal)) {
      return;
    }
    Instant now = clock.instant();
    Instant until = Instant.ofEpochSecond(expires);
    if (until.isAfter(now.plus(KEPT_FOR))) {
      until = now.plus(KEPT_FOR);
    }
    if (maximumAge.isPresent()) {
      Instant tooOld = Instant.ofEpochSecond(token.getIssuedAtTime()).plus(maximumAge.get());
      until = tooOld.isBefore(until) ? tooOld : until;
    }
    if (!now.isBefore(until)) {
      return;
    }
    if (accepted.size() >= CAPACITY) {
      accepted.values().removeIf(entry -> !now.isBefore(entry.until()));
      if (accepted.size() >= CAPACITY) {
        return;
      }
    }
    Set<String> groups = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
    accepted.put(compact, new Accepted(token, groups, claims, until));
  }

  int size() {
    return accepted.size();
  }

  /**
   * The compact JWS inside Payara's credential type, which is not part of any API the application compiles against:
   * read through its public {@code getSignedJWT()}, looked up once.
   */
  private String compactToken(Credential credential) {
    if (credential == null || !PAYARA_CREDENTIAL.equals(credential.getClass().getName())) {
      return null;
    }
    try {
      MethodHandle getter = compactForm;
      if (getter == null || !getter.type().parameterType(0).equals(credential.getClass())) {
        getter = MethodHandles.publicLookup().findVirtual(credential.getClass(), "getSignedJWT",
            MethodType.methodType(String.class));
        compactForm = getter;
      }
      return (String) getter.invoke(credential);
    } catch (Throwable unreadable) {
      // a Payara version whose credential reads differently: every token is verified in full, as without this class
      return null;
    }
  }
}
