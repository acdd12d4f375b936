package dk.jobbro.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Holds every answer the in-container tests receive to the OpenAPI document the build generated (the one the WAR
 * serves): status, headers and body must be what the document says, or the test that received it fails. Only
 * operations the document has are checked; the container's own answers to unknown addresses and methods are
 * RobustnessIT's business.
 */
final class Conformance {

  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForInlineApiSpecification(document()).build();
  private static final AtomicInteger VALIDATED = new AtomicInteger();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
        "[conformance] %d responses validated against the OpenAPI document%n", VALIDATED.get())));
  }

  private Conformance() {}

  /** Fails with an AssertionError naming every difference between the answer and the document. */
  static void check(String method, URI uri, HttpResponse<String> response) {
    // The tests deploy under a context root of their own; the document's paths start at /api.
    int api = uri.getRawPath().indexOf("/api/v1/");
    if (api < 0) {
      return;
    }
    String path = uri.getRawPath().substring(api);
    Request.Method m = Request.Method.valueOf(method);
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
    response.headers().map().forEach(answer::withHeader);
    if (!response.body().isEmpty()) {
      answer.withBody(response.body());
    }
    ValidationReport report = VALIDATOR.validateResponse(path, m, answer.build());
    if (report.getMessages().stream().anyMatch(msg -> msg.getKey().endsWith(".path.missing")
        || msg.getKey().endsWith(".operation.notAllowed"))) {
      return; // not an operation of the document
    }
    VALIDATED.incrementAndGet();
    if (report.hasErrors()) {
      throw new AssertionError(method + " " + path + " answered " + response.statusCode()
          + " against the OpenAPI document:\n" + report.getMessages().stream()
              .map(msg -> "  " + msg.getKey() + ": " + msg.getMessage()).collect(Collectors.joining("\n"))
          + "\n  body: " + abbreviate(response.body()));
    }
  }

  static int validated() {
    return VALIDATED.get();
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "..." : body;
  }

  private static String document() {
    try {
      return Files.readString(Path.of(System.getProperty("jobbro.openapi", "target/classes/openapi/openapi.json")));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the build's OpenAPI document is missing (mvn verify generates it)", e);
    }
  }
}
