package dk.jobbro.app.rest;

import dk.jobbro.api.shared.reference.ReferenceData;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's caching rule, in one place: every answer under {@code /api} is {@code Cache-Control: no-store}, because
 * almost all of them carry a person's data (a case, a handover, a candidate) or are derived from it, and no browser
 * or proxy may keep a copy. The one exception is reference data about no person ({@link ReferenceData}: the
 * kommuner, the ministry areas), which the caller may keep privately for an hour; it still needs a token, so it is
 * never {@code public}.
 */
@Provider
public class CacheControlFilter implements ContainerResponseFilter {

  static final String NO_STORE = "no-store";
  static final String REFERENCE_DATA = "private, max-age=3600";

  @Context
  ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    boolean success = response.getStatus() == 200 || response.getStatus() == 304;
    boolean referenceData = resource != null && resource.getResourceClass() != null
        && resource.getResourceClass().isAnnotationPresent(ReferenceData.class);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, success && referenceData ? REFERENCE_DATA : NO_STORE);
  }
}
