package dk.jobbro.app.rest;

import dk.jobbro.api.shared.concurrency.EntityTagList;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code If-None-Match} for every GET whose answer carries an ETag, in one place: when the header is {@code *} or names
 * the answer's tag (weak comparison, RFC 9110 section 13.1.2), the client's copy is current and the answer becomes a
 * 304 with the ETag and no body. The read itself has happened (and is in the access log); only the bytes are saved.
 */
@Provider
public class NotModifiedFilter implements ContainerResponseFilter {

  static final String IF_NONE_MATCH = "If-None-Match";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String ifNoneMatch = request.getHeaderString(IF_NONE_MATCH);
    EntityTag etag = response.getEntityTag();
    boolean read = request.getMethod().equals(HttpMethod.GET) || request.getMethod().equals(HttpMethod.HEAD);
    if (ifNoneMatch == null || etag == null || !read || response.getStatus() != 200) {
      return;
    }
    EntityTagList tags;
    try {
      tags = EntityTagList.parse(ifNoneMatch);
    } catch (IllegalArgumentException malformed) {
      return; // a precondition that cannot be read cannot hold: the full answer is always correct
    }
    if (tags.weakMatch(etag.getValue())) {
      response.setStatus(304);
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }
}
