package dk.jobbro.app.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import java.lang.reflect.Method;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The one place that gives every REST operation its metrics, so no resource method carries a metrics annotation. At
 * deployment Jakarta REST shows this feature each resource method; it attaches an {@link OperationTimer} that knows the
 * operation's OpenAPI operationId (the Java method name where a method has none).
 */
@Provider
@ApplicationScoped
public class OperationMetrics implements DynamicFeature {

  /**
   * Before authentication and everything else on the way in, last on the way out, outermost around the body writer:
   * the timer sees the whole request, including a 401 or 403 that a later filter answers.
   */
  static final int PRIORITY = 10;

  /** Jobbro's own resource classes; Jersey's generated OPTIONS and WADL handlers are not operations of the API. */
  static final String OWN_CLASSES = "dk.jobbro.";

  @Inject
  MetricRegistry registry;

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null || !resource.getResourceClass().getName().startsWith(OWN_CLASSES)) {
      return;
    }
    OperationTimer timer = new OperationTimer(registry, operationId(method), resource.getResourceClass().getSimpleName());
    context.register(timer, Map.of(ContainerRequestFilter.class, PRIORITY, ContainerResponseFilter.class, PRIORITY,
        WriterInterceptor.class, PRIORITY));
  }

  private static String operationId(Method method) {
    Operation operation = method.getAnnotation(Operation.class);
    return operation != null && !operation.operationId().isEmpty() ? operation.operationId() : method.getName();
  }
}
