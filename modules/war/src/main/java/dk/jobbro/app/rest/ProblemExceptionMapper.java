package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The modules' own problems, as they described them. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    return ProblemResponses.of(new Problem(e.type(), e.title(), e.status(), e.getMessage(), ProblemResponses.path(uri),
        e.violations().isEmpty() ? null : e.violations(), null));
  }
}
