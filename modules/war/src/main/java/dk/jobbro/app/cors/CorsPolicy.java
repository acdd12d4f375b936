package dk.jobbro.app.cors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which web pages may call the API from a browser (CORS). By default none but Jobbro's own (same-origin: the dashboard
 * and Swagger UI); an operator names the others, exactly, in {@value #ALLOWED_ORIGINS} (comma-separated origins such
 * as {@code https://sag.example-kommune.dk}; see server-config). There is no wildcard: the API serves personal data,
 * so every page that may read it is named. Tokens travel in the Authorization header, never in cookies, so no
 * credentials are granted either.
 */
@ApplicationScoped
public class CorsPolicy {

  /** The MicroProfile Config key holding the allowed origins. */
  public static final String ALLOWED_ORIGINS = "jobbro.cors.allowed-origins";

  /** The methods the API uses. */
  static final String METHODS = "GET, HEAD, POST, PUT, OPTIONS";

  /** The request headers a client sends beyond the CORS-safelisted ones. */
  static final String REQUEST_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, "
      + "Idempotency-Key";

  /** The response headers a page must be able to read: versions, created addresses, retries, downloads. */
  static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Idempotent-Replayed, Allow, "
      + "WWW-Authenticate, Content-Disposition";

  /** How long a browser may reuse a preflight's answer, in seconds. */
  static final String MAX_AGE = "600";

  @Inject
  @ConfigProperty(name = ALLOWED_ORIGINS)
  Optional<String> configured;

  private Set<String> origins = Set.of();

  @PostConstruct
  void readConfiguration() {
    origins = configured.map(list -> Arrays.stream(list.split(",")).map(CorsPolicy::normalise)
        .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
  }

  /** Whether a page from this origin may read the API's answers. */
  public boolean allows(String origin) {
    return origin != null && origins.contains(normalise(origin));
  }

  /** The headers that grant an allowed origin's preflight (an OPTIONS asking whether it may send a request). */
  public Map<String, String> preflightGrant(String origin) {
    Map<String, String> headers = grant(origin);
    headers.put("Access-Control-Allow-Methods", METHODS);
    headers.put("Access-Control-Allow-Headers", REQUEST_HEADERS);
    headers.put("Access-Control-Max-Age", MAX_AGE);
    return headers;
  }

  /** The headers that let an allowed origin's page read an answer. */
  public Map<String, String> responseGrant(String origin) {
    Map<String, String> headers = grant(origin);
    headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    return headers;
  }

  private static Map<String, String> grant(String origin) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Access-Control-Allow-Origin", origin);
    return headers;
  }

  /** Origins compare by scheme, host and port, which browsers send in lower case and without a path. */
  private static String normalise(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
