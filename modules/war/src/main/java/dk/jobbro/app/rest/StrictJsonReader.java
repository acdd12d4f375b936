package dk.jobbro.app.rest;

import dk.jobbro.api.shared.input.StrictJson;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Every JSON request body bound to a Java type is first read by {@link StrictJson}, so that what the JSON binder
 * would accept silently (an array for an object, a duplicate key, 1.5 for a whole number, a control character) is a
 * 400 naming the field. Bodies taken as text (the handover batch, which checks each record itself) pass untouched.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    StrictJson.check(new ByteArrayInputStream(body), context.getGenericType());
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
  }

  private static boolean isRaw(Class<?> type) {
    return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type);
  }
}
