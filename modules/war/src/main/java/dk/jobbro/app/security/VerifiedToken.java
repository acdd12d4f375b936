package dk.jobbro.app.security;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The request's verified token and its Jobbro claims as {@link AuthenticationFilter} accepted them, for
 * {@link JwtCaller}, which is application-scoped and keeps nothing of a request itself: a request that asks who is
 * calling then reads the claims once, not twice, and does not go through the container's {@code JsonWebToken}
 * producer, which looks up the bean manager in JNDI and asks the security context for the principal again on every
 * request that injects it (a profile of the case read found both at about 4 % of its samples; the trivial read asks no
 * such thing).
 */
@RequestScoped
public class VerifiedToken {

  private JsonWebToken token;
  private TokenClaims claims;

  void accept(JsonWebToken token, TokenClaims claims) {
    this.token = token;
    this.claims = claims;
  }

  /** The token, or null when no filter accepted one in this request (a request outside the API). */
  JsonWebToken token() {
    return token;
  }

  /** Its claims, or null as for {@link #token()} until {@link #remember} was called. */
  TokenClaims claims() {
    return claims;
  }

  /** Claims read from the container's token where no filter accepted one, so they are read once per request. */
  void remember(TokenClaims claims) {
    this.claims = claims;
  }
}
