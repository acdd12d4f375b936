package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds {@code application/problem+json} responses; the one place that knows the wire format of errors. */
public final class ProblemResponses {

  /**
   * How long a client waits before repeating a request that met a 503: a restart or failover of PostgreSQL takes
   * a few seconds, and a client that comes back sooner would only meet the same answer.
   */
  static final int UNAVAILABLE_RETRY_SECONDS = 5;

  /**
   * The detail of the 403 for a token whose role the operation does not allow, whether Jersey's role check or the
   * container answers it; a 403 for data the caller may not see says more.
   */
  public static final String ROLE_REFUSED_DETAIL = "Your token does not allow this.";

  private ProblemResponses() {}

  public static Response of(Problem problem) {
    Response.ResponseBuilder builder = Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem);
    if (problem.status() == 401) {
      builder.header("WWW-Authenticate", "Bearer");
    }
    if (problem.status() == 503) {
      builder.header("Retry-After", UNAVAILABLE_RETRY_SECONDS);
    }
    return builder.build();
  }

  public static Problem problem(int status, String slug, String title, String detail, UriInfo uri,
      List<Problem.Violation> violations) {
    return new Problem(Problem.TYPE_BASE + slug, title, status, detail, path(uri),
        violations.isEmpty() ? null : violations, null);
  }

  public static Problem invalid(UriInfo uri, List<Problem.Violation> violations) {
    return problem(400, "invalid-request", "The request is invalid",
        "Fix the fields listed in violations and send the request again.", uri, violations);
  }

  public static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getBaseUri().getPath().replaceAll("^/|/$", "") + "/" + uri.getPath();
  }
}
