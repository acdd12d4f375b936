package dk.jobbro.app.cors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the {@link CorsPolicy} to the API. A browser's preflight carries no token (it never does), so an allowed
 * origin's preflight is answered here, before authentication, with a 204 and the grant; any other origin's preflight
 * goes on like every other request and meets the 401 of a request without a token, which grants nothing. Every answer
 * to an allowed origin carries the grant and the headers a page may read.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ORIGIN = "Origin";
  static final String REQUEST_METHOD = "Access-Control-Request-Method";

  @Inject
  CorsPolicy policy;

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString(ORIGIN);
    boolean preflight = request.getMethod().equals(HttpMethod.OPTIONS) && origin != null
        && request.getHeaderString(REQUEST_METHOD) != null;
    if (preflight && policy.allows(origin)) {
      Response.ResponseBuilder grant = Response.noContent();
      policy.preflightGrant(origin).forEach(grant::header);
      request.abortWith(grant.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    // the answer depends on the Origin header, so no cache may give one origin's answer to another
    response.getHeaders().add(HttpHeaders.VARY, ORIGIN);
    String origin = request.getHeaderString(ORIGIN);
    if (policy.allows(origin) && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
      policy.responseGrant(origin).forEach(response.getHeaders()::putSingle);
    }
  }
}
