package dk.jobbro.app.security;

import dk.jobbro.app.rest.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every API request must carry a verified bearer token. MicroProfile JWT rejects tokens with a bad signature, issuer,
 * audience or expiry itself; this filter adds what it leaves out: a request without any token, and a token that is
 * not valid yet ({@code nbf} or {@code iat} in the future beyond a minute of clock skew). Both get a 401 problem
 * rather than the 403 that role checks would give.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  static final long CLOCK_SKEW_SECONDS = 60;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (principal == null || (principal instanceof JsonWebToken jwt && !yetValid(jwt))) {
      request.abortWith(ProblemResponses.of(ProblemResponses.problem(401, "unauthorized", "Unauthorized",
          "A valid bearer token is required.", request.getUriInfo(), List.of())));
    }
  }

  static boolean yetValid(JsonWebToken jwt) {
    long latest = Instant.now().getEpochSecond() + CLOCK_SKEW_SECONDS;
    return seconds(jwt.getClaim(Claims.nbf.name())) <= latest && jwt.getIssuedAtTime() <= latest;
  }

  private static long seconds(Object claim) {
    if (claim instanceof Number n) {
      return n.longValue();
    }
    if (claim instanceof jakarta.json.JsonNumber n) {
      return n.longValue();
    }
    return 0;
  }
}
