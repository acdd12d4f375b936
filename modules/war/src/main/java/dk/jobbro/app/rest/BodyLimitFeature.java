package dk.jobbro.app.rest;

import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Puts a {@link BodyLimitFilter} in front of every operation that takes a body (POST, PUT, PATCH), with the limit
 * {@link BodyLimits} gives its operationId.
 */
@Provider
public class BodyLimitFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null || !(method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
        || method.isAnnotationPresent(PATCH.class))) {
      return;
    }
    Operation operation = method.getAnnotation(Operation.class);
    // Before every other reader interceptor (StrictJsonReader reads the whole body first): the limit must see the
    // stream's overflow itself to turn it into a 413.
    context.register(new BodyLimitFilter(BodyLimits.forOperation(operation == null ? null : operation.operationId())),
        Priorities.ENTITY_CODER - 1000);
  }
}
