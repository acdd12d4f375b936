package dk.jobbro.app.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the body of a request that was answered without it (a role the operation refuses, a missing or bad token, an
 * address that no operation serves) before the answer goes out. Over HTTP/2 the server otherwise ends its side of the
 * stream while the client is still sending a body larger than the first flow-control window (64 KiB): on the quick
 * start (Payara Micro, whose request pool keeps Grizzly's 5 threads) Java's HTTP client reported {@code EOF reached
 * while reading} instead of the 403 for 67 of 1,000 refused POSTs of 64 KiB on 6 connections' worth of threads, and
 * for none with this filter; the test domain, with server-config's 64 threads, answered all of them either way. The
 * same reason as {@link BodyLimitFilter}'s drain of a too-large body.
 *
 * <p>At most {@link BodyLimits#SINGLE_OBJECT} bytes: a refused caller, who may hold no token at all, must not make
 * the server read a large body. A body that goes on past that is left, and the connection closed after the answer.
 */
@Provider
public class UnreadBodyDrain implements ContainerResponseFilter {

  static final long AT_MOST = BodyLimits.SINGLE_OBJECT;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400 || response.getStatus() == 413 || !unreadBody(request)) {
      return; // a body that was read, or a 413, which BodyLimitFilter drains itself
    }
    if (!BodyLimitFilter.drain(request.getEntityStream(), AT_MOST)) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }

  /** Whether the request has a body that nothing has read yet. */
  private static boolean unreadBody(ContainerRequestContext request) {
    try {
      return request.hasEntity();
    } catch (IllegalStateException consumed) {
      return false; // read, and closed by the reader
    }
  }
}
