package dk.jobbro.app.security;

import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.app.metrics.TokenChecks;
import dk.jobbro.app.rest.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every API request must carry a verified bearer token. MicroProfile JWT rejects tokens with a bad signature, issuer,
 * audience or expiry itself; this filter adds what it leaves out: a request without any token, a token that is not
 * valid yet ({@code nbf} or {@code iat} in the future beyond a minute of clock skew), and a token whose Jobbro
 * claims have the wrong type or form ({@link TokenClaims}). All get a 401 problem rather than the 403 that role
 * checks would give, and one rate-limited log line ({@link RejectedTokenLog}). A token accepted here is kept in
 * {@link AcceptedTokens}, so that its next request skips both the container's verification and these checks.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  static final long CLOCK_SKEW_SECONDS = 60;

  @Inject
  KommuneRegistry kommuner;

  @Inject
  VerifiedToken verified;

  @Inject
  AcceptedTokens acceptedTokens;

  @Inject
  TokenChecks checks;

  @Context
  HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    String rejection = principal instanceof JsonWebToken jwt ? rejection(jwt) : "no bearer token";
    if (rejection != null) {
      RejectedTokenLog.INSTANCE.reject(servletRequest == null ? null : servletRequest.getRemoteAddr(), rejection);
      request.abortWith(ProblemResponses.of(ProblemResponses.problem(401, "unauthorized", "Unauthorized",
          "A valid bearer token is required.", request.getUriInfo(), List.of())));
    }
  }

  /** Why the verified token is still refused, or null when it is accepted. */
  private String rejection(JsonWebToken jwt) {
    AcceptedTokens.Accepted known = acceptedTokens.find(jwt.getRawToken());
    if (known != null && known.token() == jwt) {
      verified.accept(jwt, known.claims());
      checks.remembered();
      return null;
    }
    TokenClaims claims;
    try {
      claims = TokenClaims.read(jwt.getRawToken(), kommuner::isKnown);
    } catch (TokenClaims.InvalidClaim e) {
      return e.getMessage();
    }
    if (!yetValid(claims.notBefore(), jwt.getIssuedAtTime())) {
      return "token not valid yet (nbf or iat ahead)";
    }
    verified.accept(jwt, claims);
    acceptedTokens.remember(jwt, claims);
    checks.verified();
    return null;
  }

  static boolean yetValid(long notBefore, long issuedAt) {
    long latest = Instant.now().getEpochSecond() + CLOCK_SKEW_SECONDS;
    return notBefore <= latest && issuedAt <= latest;
  }
}
