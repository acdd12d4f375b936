package dk.jobbro.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The exceptions are the ones Grizzly throws (types, messages and the frames that matter, as seen in the server log
 * and in Grizzly 4's InputBuffer and http2.DefaultInputBuffer), since Grizzly itself is not on the test class path.
 */
class BodyReadTimeoutTest {

  private static <T extends Throwable> T thrownAt(T e, String className, String method) {
    e.setStackTrace(new StackTraceElement[] {
        new StackTraceElement(className, method, className + ".java", 1),
        new StackTraceElement("org.glassfish.jersey.message.internal.ReaderInterceptorExecutor", "proceed", null, 1)});
    return e;
  }

  /** HTTP/2: the stream's input buffer gives up waiting for DATA frames, inside the JSON reader. */
  private static ProcessingException http2Timeout() {
    return new ProcessingException("Error reading entity from input stream.", thrownAt(
        new IOException(BodyReadTimeout.HTTP2_TIMEOUT_MESSAGE), "org.glassfish.grizzly.http2.DefaultInputBuffer",
        "poll0"));
  }

  /** HTTP/1.1: the blocking read's TimeoutException, made an IOException on its way out of InputBuffer.fill. */
  private static IOException http1Timeout() {
    return new IOException(thrownAt(new TimeoutException(), "org.glassfish.grizzly.http.io.InputBuffer",
        "blockingRead"));
  }

  @Test
  void aTimedOutHttp2BodyIsRecognised() {
    assertThat(BodyReadTimeout.in(http2Timeout())).isTrue();
  }

  @Test
  void aTimedOutHttp1BodyIsRecognised() {
    assertThat(BodyReadTimeout.in(http1Timeout())).isTrue();
  }

  @Test
  void timeoutsThrownElsewhereAreNot() {
    assertThat(BodyReadTimeout.in(new IOException(thrownAt(new TimeoutException(), "dk.jobbro.Webhooks", "send"))))
        .isFalse();
    assertThat(BodyReadTimeout.in(new ProcessingException("x", thrownAt(new IOException("Connection reset"),
        "org.glassfish.grizzly.http2.DefaultInputBuffer", "poll0")))).isFalse();
  }

  /** A request as the container gives it to the mappers, of which they ask only the protocol. */
  private static HttpServletRequest over(String protocol) {
    return (HttpServletRequest) Proxy.newProxyInstance(BodyReadTimeoutTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
          if (method.getName().equals("getProtocol")) {
            return protocol;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void theHttp2TimeoutIsA408NotA400AndLeavesTheConnectionToTheOtherStreams() {
    RequestBodyExceptionMapper mapper = new RequestBodyExceptionMapper();
    mapper.request = over("HTTP/2.0");
    Response response = mapper.toResponse(http2Timeout());
    assertThat(response.getStatus()).isEqualTo(408);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.violations()).containsExactly(BodyReadTimeout.NOT_RECEIVED);
    assertThat(response.getHeaderString("Connection")).isNull();
  }

  @Test
  void theHttp1TimeoutIsA408NotA500AndClosesTheConnection() {
    CatchAllExceptionMapper mapper = new CatchAllExceptionMapper();
    mapper.request = over("HTTP/1.1");
    Response response = mapper.toResponse(http1Timeout());
    assertThat(response.getStatus()).isEqualTo(408);
    assertThat(((Problem) response.getEntity()).incidentId()).isNull();
    assertThat(response.getHeaderString("Connection")).isEqualTo("close");
  }
}
