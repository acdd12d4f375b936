package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * A query or header parameter of the wrong type ({@code ?page=abc}) is a 400 naming it; Jakarta REST would answer
 * 404. A path parameter that cannot be converted (a case id that is not a UUID) stays a 404: no such resource.
 */
@Provider
public class ParamExceptionMapper implements ExceptionMapper<ParamException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(ParamException e) {
    if (e instanceof ParamException.PathParamException) {
      return ProblemResponses.of(ProblemResponses.problem(404, "not-found", "Not found",
          "No resource at this address.", uri, List.of()));
    }
    return ProblemResponses.of(ProblemResponses.invalid(uri,
        List.of(new Problem.Violation(e.getParameterName(), "has the wrong type or format"))));
  }
}
