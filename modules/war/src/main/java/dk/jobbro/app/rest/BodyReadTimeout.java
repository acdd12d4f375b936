package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A request body that did not arrive before the server's read timeout: a 408, not a 400 (the body was not wrong) nor
 * a 500 (nothing failed on our side). Grizzly gives such a timeout no type of its own, so it is recognised by where it
 * was thrown, the request body's input buffer: over HTTP/1.1 a {@link TimeoutException} (wrapped in an IOException),
 * over HTTP/2 an IOException saying "Blocking read timeout". Anything else timing out elsewhere is not this.
 */
final class BodyReadTimeout {

  /** The message of the HTTP/2 stream input buffer's timeout, its only distinguishing mark. */
  static final String HTTP2_TIMEOUT_MESSAGE = "Blocking read timeout";

  static final Problem.Violation NOT_RECEIVED = new Problem.Violation("body", "was not received in time");

  private BodyReadTimeout() {}

  static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      boolean timeout = t instanceof TimeoutException
          || t.getClass() == IOException.class && HTTP2_TIMEOUT_MESSAGE.equals(t.getMessage());
      if (timeout && thrownReadingBody(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The 408, and over HTTP/1.x the end of the connection with it: the rest of the late body may still be on its way,
   * and on a connection kept open those bytes would be read as the client's next request. HTTP/2 ends only the
   * stream and forbids the header (RFC 9113 section 8.2.2).
   *
   * @param protocol the request's protocol as the servlet container names it, "HTTP/1.1" or "HTTP/2.0"
   */
  static Response response(UriInfo uri, String protocol) {
    Response problem = ProblemResponses.of(ProblemResponses.problem(408, "request-timeout", "Request Timeout",
        "The request body was not received in time. Send the request again.", uri, List.of(NOT_RECEIVED)));
    if (!protocol.startsWith("HTTP/1.")) {
      return problem;
    }
    return Response.fromResponse(problem).header("Connection", "close").build();
  }

  /** Grizzly's body buffers: http.io.InputBuffer (HTTP/1.1) and http2's DefaultInputBuffer (a stream's DATA). */
  private static boolean thrownReadingBody(Throwable t) {
    return Arrays.stream(t.getStackTrace()).map(StackTraceElement::getClassName)
        .anyMatch(c -> c.startsWith("org.glassfish.grizzly.") && c.endsWith("InputBuffer"));
  }
}
