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

  static Response response(UriInfo uri) {
    return ProblemResponses.of(ProblemResponses.problem(408, "request-timeout", "Request Timeout",
        "The request body was not received in time. Send the request again.", uri, List.of(NOT_RECEIVED)));
  }

  /** Grizzly's body buffers: http.io.InputBuffer (HTTP/1.1) and http2's DefaultInputBuffer (a stream's DATA). */
  private static boolean thrownReadingBody(Throwable t) {
    return Arrays.stream(t.getStackTrace()).map(StackTraceElement::getClassName)
        .anyMatch(c -> c.startsWith("org.glassfish.grizzly.") && c.endsWith("InputBuffer"));
  }
}
