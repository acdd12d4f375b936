package dk.jobbro.app.idempotency;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.idempotency.IdempotencyKey;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.app.rest.JsonbConfigProvider;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/**
 * Implements {@link Idempotent} around a resource method: without an {@code Idempotency-Key} the request runs as
 * usual; with one, {@link IdempotentRequests} runs it at most once per key and caller. What makes two requests "the
 * same" is their fingerprint: method, address and the request body as the API read it (re-written as JSON, so
 * spacing and field order do not matter, while every value does).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class IdempotencyInterceptor {

  @Inject
  HttpServletRequest request;

  @Inject
  Caller caller;

  @Inject
  IdempotentRequests requests;

  @Inject
  AccessLog accessLog;

  @AroundInvoke
  public Object atMostOnce(InvocationContext call) throws Exception {
    String key = IdempotencyKey.of(request.getHeader(IdempotencyKey.HEADER));
    if (key == null) {
      return call.proceed();
    }
    return requests.answer(new KeyedRequest(scope(), key, fingerprint(call), request.getRequestURI()), call);
  }

  /** Whose key it is: a kommune's systems share their keys, as do a sender's; anyone else has their own. */
  private String scope() {
    return caller.kommune().map(k -> "kommune:" + k.value())
        .or(() -> caller.sender().map(s -> "sender:" + s))
        .orElseGet(() -> "subject:" + caller.subject());
  }

  private String fingerprint(InvocationContext call) {
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    Object entity = body(call);
    String body = entity == null ? "" : JsonbConfigProvider.jsonb().toJson(entity);
    // keyed, like the access log's criteria: the body may hold a CPR number, and a plain hash of it could be
    // reversed by trying the few hundred million CPR numbers there are
    return accessLog.hash(request.getMethod() + " " + request.getRequestURI() + query + "\n" + body);
  }

  /** The request body: the one parameter that Jakarta REST fills from neither the address, a header nor context. */
  private static Object body(InvocationContext call) {
    Parameter[] parameters = call.getMethod().getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (Arrays.stream(parameters[i].getAnnotations()).map(Annotation::annotationType)
          .noneMatch(a -> a.getPackageName().startsWith("jakarta.ws.rs"))) {
        return call.getParameters()[i];
      }
    }
    return null;
  }
}
