package dk.jobbro.app.metrics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Counts and times the requests of one REST operation. The count is kept per HTTP status class (2xx … 5xx); the time
 * runs from the first request filter until the response body is written, so a large JSON page or CSV report is timed
 * with its serialisation.
 */
final class OperationTimer implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  static final Metadata REQUESTS = Metadata.builder().withName("jobbro.api.requests")
      .withDescription("Requests answered by a REST operation, by operation and HTTP status class").build();
  static final Metadata DURATION = Metadata.builder().withName("jobbro.api.request.duration")
      .withDescription("Time a REST operation took, from the first filter until its response body was written")
      .withUnit(MetricUnits.NANOSECONDS).build();

  private static final String STARTED = OperationTimer.class.getName() + ".started";

  private final MetricRegistry registry;
  private final Tag operation;
  private final Tag resource;
  private final Timer timer;
  /** Index = status / 100; created on first use, so only status classes that occurred show up. */
  private final Counter[] requests = new Counter[6];

  OperationTimer(MetricRegistry registry, String operation, String resource) {
    this.registry = registry;
    this.operation = new Tag("operation", operation);
    this.resource = new Tag("resource", resource);
    // Registered now, at deployment, so every operation is listed with a count of 0 before its first call.
    this.timer = registry.timer(DURATION, this.operation, this.resource);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    requests(response.getStatus()).inc();
    if (!response.hasEntity()) {
      stop(request.getProperty(STARTED));
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    try {
      context.proceed();
    } finally {
      stop(context.getProperty(STARTED));
    }
  }

  private void stop(Object started) {
    if (started instanceof Long nanos) {
      timer.update(Duration.ofNanos(System.nanoTime() - nanos));
    }
  }

  private Counter requests(int status) {
    int statusClass = Math.max(1, Math.min(5, status / 100));
    Counter counter = requests[statusClass];
    if (counter == null) {
      // A race creates nothing twice: the registry hands both threads the same counter.
      counter = registry.counter(REQUESTS, operation, resource, new Tag("status", statusClass + "xx"));
      requests[statusClass] = counter;
    }
    return counter;
  }
}
