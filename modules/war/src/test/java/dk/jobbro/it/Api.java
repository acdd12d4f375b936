package dk.jobbro.it;

import dk.jobbro.api.shared.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A small real-HTTP client for the black-box tests: no mocks, just requests against the deployed WAR. Every answer
 * to an operation of the OpenAPI document is checked against it ({@link Conformance}). Answers are read with the
 * JSON-P provider found once ({@link Jsonp}): {@code Json.createReader} scans the class path for it on every call,
 * which was one sample in six of this JVM's profile during the cohort classes.
 */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;

  /** @param deployment the deployment's base URL (SharedDeployment or Arquillian; ends with the context root) */
  public Api(URL deployment) {
    this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** The server root, for the server-wide endpoints (/health, /metrics). */
  public URI serverUri(String path) {
    return base.resolve(path);
  }

  public Reply get(String path, String token) {
    return send(request(uri(path), token).GET());
  }

  public Reply get(URI uri, String token) {
    return send(request(uri, token).GET());
  }

  public Reply post(String path, String token, String json) {
    return send(request(uri(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The CVR number the ITs' offers name; it must be in the employer register ({@link #registerEmployer}). */
  public static final String TEST_EMPLOYER_CVR = "13748136";

  /**
   * Makes sure the employer register holds this CVR, as an offer may name only a registered company: registers it
   * (201) or finds it there already (409, another test class or an earlier run of this one registered it).
   */
  public String registerEmployer(String cvr) {
    Reply r = post("api/v1/employers", Tokens.consultant("101"), """
        {"cvr": "%s", "name": "Testvirksomhed %s ApS", "sector": "PRIVATE", "locationKommune": "101",         "industry": "Service"}""".formatted(cvr, cvr));
    if (r.status() != 201 && r.status() != 409) {
      throw new IllegalStateException("could not register employer: " + r);
    }
    return cvr;
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpRequest built = request.build();
      HttpResponse<String> r = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
      Conformance.check(built.method(), built.uri(), r);
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(URI uri, String token) {
    return request(uri, token, "application/json");
  }

  public static HttpRequest.Builder request(URI uri, String token, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(90))
        .header("Accept", accept);
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  /** A response: status, media type and body, with JSON helpers. */
  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public JsonArray jsonArray() {
      try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
