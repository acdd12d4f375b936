package dk.jobbro.app.security;

import dk.jobbro.app.rest.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Every API request must carry a verified bearer token. MicroProfile JWT rejects bad tokens itself; this filter
 * rejects requests that carry none, with a 401 problem rather than the 403 that role checks would give.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(ProblemResponses.of(ProblemResponses.problem(401, "unauthorized", "Unauthorized",
          "A valid bearer token is required.", request.getUriInfo(), List.of())));
    }
  }
}
