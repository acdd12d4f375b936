package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.app.cors.CorsPolicy;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page for errors that happen outside Jakarta REST, above all a bearer token that MicroProfile JWT
 * rejects (expired, wrong issuer, bad signature): the client still gets an RFC 9457 problem, never an HTML page, with
 * the same CORS grant and caching rule as the API's own answers.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  CorsPolicy cors;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404; // called directly: there is nothing here
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    // an over-long address is not echoed back: it may be tens of kilobytes
    String instance = uri == null || status == 414 ? null : uri.toString();
    Problem problem = switch (status) {
      case 400 -> problem(status, "bad-request", "Bad request", "The request could not be understood.", instance);
      case 413 -> problem(status, "payload-too-large", "Payload too large",
          "The request body is larger than this operation accepts.", instance);
      case 414 -> problem(status, "uri-too-long", "URI too long", "The address or its query is too long.", instance);
      case 431 -> problem(status, "header-fields-too-large", "Request header fields too large",
          "A request header is too long.", instance);
      case 401 -> problem(status, "unauthorized", "Unauthorized",
          "A valid bearer token is required: it is missing, expired, not yet valid, or not issued for Jobbro.",
          instance);
      case 403 -> problem(status, "forbidden", "Forbidden", ProblemResponses.ROLE_REFUSED_DETAIL, instance);
      case 404 -> problem(status, "not-found", "Not found", "No resource at this address.", instance);
      case 405 -> problem(status, "method-not-allowed", "Method not allowed",
          "This address does not support that HTTP method.", instance);
      default -> problem(500, "internal-error", "Internal server error", "Something went wrong on our side.",
          instance);
    };
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (problem.status() == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    // a page of an allowed origin must be able to read this too, above all a 401 for an expired token
    String origin = request.getHeader("Origin");
    if (cors.allows(origin)) {
      cors.responseGrant(origin).forEach(response::setHeader);
    }
    response.addHeader("Vary", "Origin");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(JSONB.toJson(problem));
  }

  private static Problem problem(int status, String slug, String title, String detail, String instance) {
    return new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, null, null);
  }
}
