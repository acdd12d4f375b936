package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.DuplicateOfException;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The modules' own problems, as they described them. A {@link DuplicateOfException} points at what exists already:
 * its address in {@code Location} and its id in the extension member {@code duplicateOf}.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    Problem problem = new Problem(e.type(), e.title(), e.status(), e.getMessage(), ProblemResponses.path(uri),
        e.violations().isEmpty() ? null : e.violations(), null);
    if (!(e instanceof DuplicateOfException duplicate)) {
      return ProblemResponses.of(problem);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", problem.instance());
    body.put("violations", problem.violations());
    body.put("duplicateOf", duplicate.duplicateOf());
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body)
        .header(HttpHeaders.LOCATION, uri.getBaseUriBuilder().path(duplicate.path()).build()).build();
  }
}
