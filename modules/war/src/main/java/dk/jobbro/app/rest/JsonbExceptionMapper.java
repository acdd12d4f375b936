package dk.jobbro.app.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The same 400 as {@link RequestBodyExceptionMapper} when the JSON binder's exception arrives unwrapped. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context
  UriInfo uri;

  @Context
  ResourceInfo resource;

  @Override
  public Response toResponse(JsonbException e) {
    return ProblemResponses.of(ProblemResponses.invalid(uri,
        List.of(RequestBodyExceptionMapper.violationOf(e, resource))));
  }
}
