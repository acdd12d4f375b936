package dk.jobbro.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class AcceptedTokensTest {

  private final MutableClock clock = new MutableClock();
  private final AcceptedTokens tokens = new AcceptedTokens(clock, Optional.empty());

  @Test
  void anAcceptedTokenIsAnsweredWithTheSameCallerAndGroups() {
    Token token = token("a.b.c", Duration.ofMinutes(30), Set.of("caseworker"));
    tokens.remember(token, TokenClaims.none());

    CredentialValidationResult result = tokens.answer("a.b.c");

    assertThat(result.getStatus()).isEqualTo(Status.VALID);
    assertThat(result.getCallerPrincipal()).isSameAs(token);
    assertThat(result.getCallerGroups()).containsExactly("caseworker");
  }

  @Test
  void anyOtherTokenIsLeftToTheContainer() {
    tokens.remember(token("a.b.c", Duration.ofMinutes(30), Set.of("caseworker")), TokenClaims.none());

    assertThat(tokens.answer("a.b.d").getStatus()).isEqualTo(Status.NOT_VALIDATED);
    assertThat(tokens.answer(null).getStatus()).isEqualTo(Status.NOT_VALIDATED);
    assertThat(tokens.validate(new UsernamePasswordCredential("a.b.c", "a.b.c")).getStatus())
        .isEqualTo(Status.NOT_VALIDATED);
  }

  @Test
  void aTokenIsForgottenWhenItExpires() {
    tokens.remember(token("a.b.c", Duration.ofMinutes(2), Set.of()), TokenClaims.none());

    clock.advance(Duration.ofSeconds(119));
    assertThat(tokens.answer("a.b.c").getStatus()).isEqualTo(Status.VALID);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.answer("a.b.c").getStatus()).isEqualTo(Status.NOT_VALIDATED);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void aLongLivedTokenIsVerifiedAgainAfterTheKeepingTime() {
    tokens.remember(token("a.b.c", Duration.ofHours(8), Set.of()), TokenClaims.none());

    clock.advance(AcceptedTokens.KEPT_FOR);

    assertThat(tokens.answer("a.b.c").getStatus()).isEqualTo(Status.NOT_VALIDATED);
  }

  @Test
  void aConfiguredMaximumAgeEndsTheKeepingEarlier() {
    AcceptedTokens tokens = new AcceptedTokens(clock, Optional.of(Duration.ofMinutes(3)));
    Token token = new Token("a.b.c", clock.instant().plus(Duration.ofHours(1)).getEpochSecond(),
        clock.instant().minus(Duration.ofMinutes(2)).getEpochSecond(), Set.of());
    tokens.remember(token, TokenClaims.none());

    clock.advance(Duration.ofSeconds(59));
    assertThat(tokens.answer("a.b.c").getStatus()).isEqualTo(Status.VALID);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.answer("a.b.c").getStatus()).isEqualTo(Status.NOT_VALIDATED);
  }

  @Test
  void anExpiredOrUnexpiringTokenIsNotKept() {
    tokens.remember(token("a.b.c", Duration.ofSeconds(-1), Set.of()), TokenClaims.none());
    tokens.remember(new Token("d.e.f", 0, clock.instant().getEpochSecond(), Set.of()), TokenClaims.none());

    assertThat(tokens.size()).isZero();
  }

  @Test
  void aFullCacheMakesRoomFromExpiredTokensOnly() {
    for (int i = 0; i < AcceptedTokens.CAPACITY; i++) {
      tokens.remember(token("short." + i + ".x", i % 2 == 0 ? Duration.ofMinutes(1) : Duration.ofHours(1), Set.of()),
          TokenClaims.none());
    }
    tokens.remember(token("new.one.x", Duration.ofHours(1), Set.of()), TokenClaims.none());
    assertThat(tokens.answer("new.one.x").getStatus()).isEqualTo(Status.NOT_VALIDATED);

    clock.advance(Duration.ofMinutes(1));
    tokens.remember(token("new.one.x", Duration.ofHours(1), Set.of()), TokenClaims.none());

    assertThat(tokens.answer("new.one.x").getStatus()).isEqualTo(Status.VALID);
    assertThat(tokens.size()).isEqualTo(AcceptedTokens.CAPACITY / 2 + 1);
  }

  private Token token(String compact, Duration validFor, Set<String> groups) {
    return new Token(compact, clock.instant().plus(validFor).getEpochSecond(), clock.instant().getEpochSecond(), groups);
  }

  /** The parts of a verified token the cache reads; like Payara's, it is the caller principal too. */
  private static final class Token extends CallerPrincipal implements JsonWebToken {

    private final String compact;
    private final long exp;
    private final long iat;
    private final Set<String> groups;

    Token(String compact, long exp, long iat, Set<String> groups) {
      super("someone");
      this.compact = compact;
      this.exp = exp;
      this.iat = iat;
      this.groups = groups;
    }

    @Override
    public String getRawToken() {
      return compact;
    }

    @Override
    public long getExpirationTime() {
      return exp;
    }

    @Override
    public long getIssuedAtTime() {
      return iat;
    }

    @Override
    public Set<String> getGroups() {
      return groups;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("raw_token", "exp", "iat", "groups");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return (T) Map.of("raw_token", compact, "exp", exp, "iat", iat, "groups", groups).get(claimName);
    }
  }
}
