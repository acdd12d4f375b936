package dk.jobbro.app.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Lets the first request after a deployment set up JSON binding alone. Payara wraps {@link JsonbConfigProvider} in
 * its own resolver ({@code org.glassfish.weld.JaxRSJsonContextResolver}), which instantiates the wrapped resolver on
 * its first use without a lock: requests that bind or write JSON together in the first moments after a deployment can
 * change its list while another iterates it, and one of them is answered 500 ({@code ConcurrentModificationException}).
 * The first request asks for the API's {@link Jsonb} while the others wait; afterwards the check is one volatile read.
 */
@Provider
@PreMatching
public class JsonbResolverWarmUp implements ContainerRequestFilter {

  @Context
  Providers providers;

  private final Object lock = new Object();
  private volatile boolean warm;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!warm) {
      warmUp();
    }
  }

  private void warmUp() {
    synchronized (lock) {
      if (!warm) {
        // the same lookup Jersey's JSON-B reader and writer make for every body
        ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
        if (resolver != null) {
          resolver.getContext(Object.class);
        }
        warm = true;
      }
    }
  }
}
