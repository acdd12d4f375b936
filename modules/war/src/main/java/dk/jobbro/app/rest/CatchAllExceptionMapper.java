package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. The runtime's own HTTP errors (unknown path, wrong method, unsupported media type) keep their
 * status (and a 405 its Allow header) and get a problem body; a write that lost a race (a failed version check or a
 * unique key, however wrapped) is a 412 or 409, a database out of reach a 503 ({@link PersistenceProblems}), and a
 * request body that did not arrive in time a 408 ({@link BodyReadTimeout});
 * anything unexpected is a 500 whose cause is logged under an incident id and never sent to the client.
 */
@Provider
public class CatchAllExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(CatchAllExceptionMapper.class.getName());

  @Context
  UriInfo uri;

  @Context
  HttpHeaders headers;

  @Context
  HttpServletRequest request;

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      Response.StatusType type = web.getResponse().getStatusInfo();
      Response problem = ProblemResponses.of(ProblemResponses.problem(status, slug(type.getReasonPhrase()),
          type.getReasonPhrase(), detail(status), uri, List.of()));
      String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
      // a 405 must say which methods the address does support (RFC 9110 section 15.5.6); the runtime knows them
      return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }
    if (BodyReadTimeout.in(e)) {
      // over HTTP/1.1 the body's read timeout reaches us as a bare IOException: the client's delay, not our failure
      return BodyReadTimeout.response(uri, request.getProtocol());
    }
    Optional<ProblemException> lostRace = PersistenceProblems.of(e, headers);
    if (lostRace.isPresent()) {
      ProblemException p = lostRace.get();
      return ProblemResponses.of(new Problem(p.type(), p.title(), p.status(), p.getMessage(),
          ProblemResponses.path(uri), p.violations().isEmpty() ? null : p.violations(), null));
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + ProblemResponses.path(uri), e);
    Problem problem = new Problem(Problem.TYPE_BASE + "internal-error", "Internal server error", 500,
        "Something went wrong on our side. Quote the incident id when you report it.", ProblemResponses.path(uri),
        null, incident);
    return ProblemResponses.of(problem);
  }

  private static String slug(String reason) {
    return reason.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "A valid bearer token is required.";
      case 403 -> ProblemResponses.ROLE_REFUSED_DETAIL;
      case 404 -> "No resource at this address.";
      case 405 -> "This address does not support that HTTP method.";
      case 406 -> "This address cannot answer in the media type you accept.";
      case 415 -> "Send the request body as application/json.";
      default -> "The request cannot be processed.";
    };
  }
}
