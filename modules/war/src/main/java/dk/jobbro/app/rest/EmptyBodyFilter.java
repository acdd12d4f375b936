package dk.jobbro.app.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * An empty request body is no body, whatever its {@code Content-Type} says. Jersey hands a resource {@code null} for
 * an empty body without a media type, so the resource's {@code @NotNull(message = "a JSON body is required")} makes
 * it a 400 naming {@code body} (and an optional body is simply absent); but an empty body declared as JSON went to
 * the JSON binder, which refuses empty input with a bare 400 that names nothing. Dropping the media type of an empty
 * body gives both the same, named answer.
 */
@Provider
@PreMatching
public class EmptyBodyFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE) && !request.hasEntity()) {
      request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }
}
