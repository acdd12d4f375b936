package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Refuses a request body larger than its operation's limit ({@link BodyLimits}) with a 413 problem: at once when
 * Content-Length says so, otherwise as soon as the streamed body passes the limit (chunked requests have no
 * Content-Length). Registered per resource method by {@link BodyLimitFeature}.
 *
 * <p>A refused body is read to its end (up to {@link #DRAIN_AT_MOST}) before the answer goes out: a server that
 * answers and closes while the client is still sending makes most clients report a connection reset instead of the
 * 413. Beyond that the connection is closed after the answer (Connection: close); reading gigabytes to be polite
 * would be the attack.
 */
public final class BodyLimitFilter implements ContainerRequestFilter, ReaderInterceptor {

  static final long DRAIN_AT_MOST = 8L * 1024 * 1024;

  private final long limit;

  public BodyLimitFilter(long limit) {
    this.limit = limit;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    long declared = request.getLength();
    if (declared > limit) {
      boolean drained = declared <= DRAIN_AT_MOST && drain(request.getEntityStream());
      Response answer = ProblemResponses.of(ProblemResponses.problem(413, "payload-too-large", "Payload too large",
          detail(), request.getUriInfo(), List.of()));
      if (!drained) {
        answer.getHeaders().putSingle("Connection", "close");
      }
      request.abortWith(answer);
      return;
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      // the JSON reader wraps the stream's exception in its own; the cause chain tells a too-large body apart
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof LimitExceeded) {
          drain(context.getInputStream());
          throw new ProblemException(413, "payload-too-large", "Payload too large", detail());
        }
      }
      throw e;
    }
  }

  private String detail() {
    return "This operation accepts a request body of at most " + BodyLimits.describe(limit) + ".";
  }

  /** Reads what is left of a body, up to {@link #DRAIN_AT_MOST} bytes; true when it reached the end. */
  static boolean drain(InputStream in) {
    return drain(in, DRAIN_AT_MOST);
  }

  /** Reads what is left of a body (past this filter's limit), up to {@code atMost} bytes; true at its end. */
  static boolean drain(InputStream in, long atMost) {
    byte[] sink = new byte[16 * 1024];
    long read = 0;
    try {
      for (int n; (n = in instanceof LimitedStream limited ? limited.raw().read(sink) : in.read(sink)) >= 0; ) {
        read += n;
        if (read > atMost) {
          return false;
        }
      }
      return true;
    } catch (IOException | IllegalStateException e) {
      return false; // IllegalStateException: the reader had closed the stream
    }
  }

  /** Thrown by the stream when the body passes the limit. */
  static final class LimitExceeded extends IOException {

    private static final long serialVersionUID = 1L;

    LimitExceeded() {
      super("request body over its limit", null);
    }
  }

  /** Counts the bytes read and refuses to go past the limit. */
  static final class LimitedStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    InputStream raw() {
      return in;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws LimitExceeded {
      count += n;
      if (count > limit) {
        throw new LimitExceeded();
      }
    }
  }
}
