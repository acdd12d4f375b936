package dk.jobbro.api.shared.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a create operation safe to retry: put it on a resource method that creates something (a POST answering
 * 201) and returns a {@code Response}. A request with an {@code Idempotency-Key} header then runs once per key and
 * caller (the token's kommune, else its sender, else its subject), and its answer is kept for
 * {@code jobbro.idempotency-key.retention-days} (7 by default):
 *
 * <ul>
 *   <li>a retry with the same key, address and body gets the first answer again (status, body, Location, ETag) with
 *       {@code Idempotent-Replayed: true}, and creates nothing;</li>
 *   <li>the same key with another body or address is a 422 naming {@code Idempotency-Key};</li>
 *   <li>a retry while the first request is still running is a 409 with {@code Retry-After};</li>
 *   <li>a first request that fails (any answer but 2xx) keeps nothing, so its retry runs afresh.</li>
 * </ul>
 *
 * <p>The key's answer is stored in the same transaction as what the request creates, so two requests with one key
 * can never create two resources. Without the header the request runs as usual. The war implements it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {}
