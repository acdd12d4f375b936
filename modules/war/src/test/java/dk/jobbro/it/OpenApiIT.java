package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, Swagger UI and health, as a kommune's IT department would first meet them. */
@BeforeProbeDeployment // expects /health/ready UP, which Payara answers for every deployment, one under way too
class OpenApiIT {

  URL base = SharedDeployment.url();

  @Test
  void theDocumentDescribesTheEndpointsTheirErrorsAndTheBearerScheme() {
    Api api = new Api(base);
    JsonObject doc = api.get("openapi", null).json();

    JsonObject paths = doc.getJsonObject("paths");
    assertThat(paths.keySet()).anyMatch(p -> p.endsWith("/api/v1/cases"))
        .anyMatch(p -> p.endsWith("/api/v1/cases/{id}"))
        .anyMatch(p -> p.endsWith("/api/v1/kommuner"));
    String cases = paths.keySet().stream().filter(p -> p.endsWith("/api/v1/cases")).findFirst().orElseThrow();
    JsonObject post = paths.getJsonObject(cases).getJsonObject("post");
    assertThat(post.getString("summary")).isNotBlank();
    assertThat(post.getJsonObject("responses").keySet()).contains("201", "400", "401", "403", "409");
    assertThat(post.getJsonObject("responses").getJsonObject("400").getJsonObject("content").keySet())
        .contains("application/problem+json");
    assertThat(doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer")
        .getString("scheme")).isEqualTo("bearer");
    assertThat(doc.getJsonObject("components").getJsonObject("schemas").keySet())
        .contains("NewCase", "CaseView", "Problem");
    JsonObject problem = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
    assertThat(problem.getJsonObject("properties").keySet()).contains("type", "title", "status", "detail");
    assertThat(problem.keySet()).doesNotContain("maxProperties", "minLength"); // Payara's defaults are filtered
  }

  /** 401 and 403 are added to every secured operation by the filter, each as a problem detail. */
  @Test
  void everyOperationDocumentsTheAuthenticationAndAuthorisationProblems() {
    Api api = new Api(base);
    JsonObject paths = api.get("openapi", null).json().getJsonObject("paths");
    int operations = 0;
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
          continue;
        }
        JsonObject responses = paths.getJsonObject(path).getJsonObject(method).getJsonObject("responses");
        for (String status : List.of("401", "403")) {
          assertThat(responses.keySet()).as(method + " " + path).contains(status);
          assertThat(responses.getJsonObject(status).getJsonObject("content").keySet()).as(method + " " + path)
              .containsExactly("application/problem+json");
        }
        operations++;
      }
    }
    assertThat(operations).isGreaterThan(50);
  }

  /** The served document is the one the build generated, validated and made the client from; only servers differ. */
  @Test
  void theServedDocumentIsTheBuildsInYamlOrJson() throws Exception {
    Api api = new Api(base);
    Api.Reply yaml = api.send(Api.request(api.uri("openapi"), null, "application/yaml").GET());
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.contentType()).startsWith("application/yaml");
    assertThat(yaml.body()).contains("openapi: 3.0.3", "operationId: getCase", "servers:\n- url: \"/\"");
    Api.Reply plain = api.send(Api.request(api.uri("openapi"), null, "*/*").GET());
    assertThat(plain.contentType()).startsWith("application/yaml");

    Api.Reply json = api.get("openapi", null);
    assertThat(json.contentType()).startsWith("application/json");
    JsonObject served = json.json();
    assertThat(served.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
    String built = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("jobbro.openapi")));
    JsonObject expected;
    try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(built))) {
      expected = reader.readObject();
    }
    assertThat(jakarta.json.Json.createObjectBuilder(served).remove("servers").build())
        .isEqualTo(jakarta.json.Json.createObjectBuilder(expected).remove("servers").build());
  }

  @Test
  void swaggerUiIsServedByTheWar() {
    Api api = new Api(base);
    Api.Reply page = api.get("swagger-ui/index.html", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js");
    String bundle = page.body().replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]+swagger-ui-bundle\\.js)\".*", "$1");
    assertThat(api.get(bundle, null).status()).isEqualTo(200);
  }

  @Test
  void readinessReportsTheDatabaseAndTheJwtConfiguration() {
    Api api = new Api(base);
    JsonObject health = api.get(api.serverUri("/health/ready"), null).json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
        .contains("database", "jwt-config", "hash-keys");
    JsonObject keys = health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals("hash-keys")).findFirst().orElseThrow();
    assertThat(keys.getString("status")).isEqualTo("UP");
    assertThat(keys.getJsonObject("data").keySet())
        .containsExactlyInAnyOrder("jobbro.audit.hash-key", "jobbro.matching.reference-key");
    assertThat(keys.toString()).doesNotContain("local-only"); // which key is set, never the key
    JsonObject encryption = health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals("encryption-keys")).findFirst().orElseThrow();
    assertThat(encryption.getString("status")).isEqualTo("UP");
    assertThat(encryption.getJsonObject("data").getString("jobbro.encryption.key-id")).isEqualTo("local-1");
    assertThat(encryption.toString()).doesNotContain("local-only");
  }

  @Test
  void unknownAddressesAnswerWithAProblemToo() {
    Api.Reply reply = new Api(base).get("api/v1/nothing-here", Tokens.admin());
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
  }
}
