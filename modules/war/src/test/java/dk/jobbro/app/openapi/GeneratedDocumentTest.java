package dk.jobbro.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build generated (target/classes/openapi), held to what a client generator needs: valid,
 * typed, every operation named once, required things marked required. The in-container tests then hold every real
 * answer to it (Conformance), and GeneratedClientIT drives the API with a client generated from it.
 */
class GeneratedDocumentTest {

  private static OpenAPI doc;
  private static List<String> parseMessages;

  @BeforeAll
  static void parse() throws Exception {
    Path json = Path.of("target/classes/openapi/openapi.json");
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(json), null, null);
    doc = result.getOpenAPI();
    parseMessages = result.getMessages();
  }

  @Test
  void swaggerParserFindsNothingWrong() {
    assertThat(parseMessages).isEmpty();
    assertThat(doc.getOpenapi()).startsWith("3.0");
  }

  @Test
  void everyOperationHasAUniqueOperationIdThatSaysWhatItDoes() {
    List<String> ids = operations().stream().map(o -> o.operation().getOperationId()).toList();
    assertThat(ids).hasSizeGreaterThan(80).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]{5,}"));
    assertThat(ids).contains("getCase", "listWorklist", "submitHandover", "takeOverHandover", "createCase");
  }

  @Test
  void theBatchsJsonAndNdjsonMethodsAreOneOperationNamedAsClientsKnowIt() {
    // Two resource methods (one per media type) on one path and method: the document can hold only one operation
    // there, and it keeps the JSON method's operationId, so generated clients are unchanged by the NDJSON
    // method's own id (submitHandoverBatchNdjson; a duplicate id fails the build, see openapi-generation.properties).
    Operation batch = doc.getPaths().get("/api/v1/handovers/batch").getPost();
    assertThat(batch.getOperationId()).isEqualTo("submitHandoverBatch");
    assertThat(batch.getRequestBody().getContent()).containsKeys("application/json", "application/x-ndjson");
  }

  @Test
  void idsDatesAndInstantsAreTypedStringsNotObjects() {
    List<String> untyped = new ArrayList<>();
    doc.getComponents().getSchemas().forEach((name, schema) -> properties(schema).forEach((property, s) -> {
      if ("object".equals(s.getType()) && s.getProperties() == null && s.getAdditionalProperties() == null) {
        untyped.add(name + "." + property);
      }
    }));
    assertThat(untyped).isEmpty();
    Map<String, Schema> caseView = properties(doc.getComponents().getSchemas().get("CaseView"));
    assertThat(caseView.get("id").getFormat()).isEqualTo("uuid");
    assertThat(caseView.get("birthDate").getFormat()).isEqualTo("date");
    assertThat(caseView.get("registeredAt").getFormat()).isEqualTo("date-time");
    Schema<?> uuid = resolve(pathParameter("/api/v1/cases/{id}", "id").getSchema());
    assertThat(uuid.getType()).isEqualTo("string");
    assertThat(uuid.getFormat()).isEqualTo("uuid");
  }

  @Test
  void everyPathParameterIsRequiredAndEveryIfMatchToo() {
    for (Op op : operations()) {
      for (Parameter p : parameters(op.operation())) {
        if (p.getIn().equals("path") || p.getName().equals("If-Match")) {
          assertThat(p.getRequired()).as(op + " " + p.getName()).isTrue();
        }
      }
      boolean ifMatch = parameters(op.operation()).stream().anyMatch(p -> p.getName().equals("If-Match"));
      assertThat(op.operation().getResponses().containsKey("428")).as(op.toString()).isEqualTo(ifMatch);
      assertThat(op.operation().getResponses().containsKey("412")).as(op.toString()).isEqualTo(ifMatch);
    }
  }

  @Test
  void everySuccessHasContentAndEveryErrorIsAProblem() {
    for (Op op : operations()) {
      op.operation().getResponses().forEach((status, response) -> {
        if (status.startsWith("2")) {
          assertThat(response.getContent()).as(op + " " + status).isNotEmpty();
        }
        if (status.startsWith("4") || status.startsWith("5")) {
          assertThat(response.getContent()).as(op + " " + status).containsKey("application/problem+json");
        }
      });
      assertThat(op.operation().getResponses()).as(op.toString()).containsKeys("401", "403");
    }
  }

  /** A body the server waited for in vain is a 408 (BodyReadTimeout), so every operation that takes one says so. */
  @Test
  void everyOperationWithABodyDocumentsTheBodyReadTimeout() {
    int withBody = 0;
    for (Op op : operations()) {
      if (op.operation().getRequestBody() != null) {
        assertThat(op.operation().getResponses()).as(op.toString()).containsKey("408");
        assertThat(op.operation().getResponses().get("408").getContent()).as(op.toString())
            .containsKey("application/problem+json");
        withBody++;
      }
    }
    assertThat(withBody).isGreaterThan(20);
  }

  @Test
  void listsArePagesOfTheirItemType() {
    ApiResponse cases = operation("getCase").getResponses().get("200");
    assertThat(cases.getHeaders()).containsKey("ETag");
    Schema<?> page = resolve(operation("listWorklist").getResponses().get("200").getContent()
        .get("application/json").getSchema());
    assertThat(page.getProperties().get("items").getItems().get$ref()).endsWith("/WorklistItem");
    assertThat(page.getRequired()).contains("items", "page", "size", "total");
    assertThat(operation("createCase").getResponses().get("201").getHeaders()).containsKey("Location");
  }

  @Test
  void inputsSayWhatTheServerRequires() {
    Schema<?> newCase = doc.getComponents().getSchemas().get("NewCase");
    assertThat(newCase.getRequired()).contains("cpr", "name", "residenceBasis");
    assertThat(properties(newCase).get("name").getMaxLength()).isEqualTo(200);
    assertThat(properties(newCase).get("cpr").getDescription()).isNotBlank();
    assertThat(operation("createCase").getRequestBody().getRequired()).isTrue();
    assertThat(parameters(operation("createCase"))).anyMatch(p -> p.getName().equals("Idempotency-Key")
        && !Boolean.TRUE.equals(p.getRequired()));
    assertThat(operation("createCase").getResponses()).containsKeys("409", "422");
  }

  /** A generated client may rely on what an answer always carries; the conformance check holds the server to it. */
  @Test
  void outputsSayWhatTheServerAlwaysReturns() {
    Map<String, Schema> schemas = doc.getComponents().getSchemas();
    assertThat(schemas.get("CaseView").getRequired())
        .contains("id", "kommune", "status", "cpr", "takeoverDate", "firstOffer", "version")
        .doesNotContain("assignedTo", "handoverId", "selfSupporting");
    assertThat(schemas.get("FirstOffer").getRequired()).contains("targetDate", "latestDate", "status")
        .doesNotContain("metOn", "daysLeft");
    assertThat(schemas.get("Problem").getRequired()).contains("type", "title", "status")
        .doesNotContain("violations", "incidentId");
    assertThat(schemas.get("Report").getRequired()).contains("report", "columns", "rows");
    long outputsWithoutRequired = schemas.entrySet().stream()
        .filter(e -> List.of("CaseView", "Offer", "IguPlacement", "HandoverView", "Employer", "Vacancy",
            "MatchRequest", "Partnership", "Kommune", "WorklistItem").contains(e.getKey()))
        .filter(e -> e.getValue().getRequired() == null || e.getValue().getRequired().size() < 3)
        .count();
    assertThat(outputsWithoutRequired).isZero();
  }

  private record Op(String method, String path, Operation operation) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static List<Op> operations() {
    List<Op> all = new ArrayList<>();
    doc.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, operation) -> all.add(new Op(method.name(), path, operation))));
    return all;
  }

  private static Operation operation(String id) {
    return operations().stream().map(Op::operation).filter(o -> id.equals(o.getOperationId())).findFirst()
        .orElseThrow();
  }

  private static Parameter pathParameter(String path, String name) {
    PathItem item = doc.getPaths().get(path);
    return parameters(item.getGet()).stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
  }

  private static List<Parameter> parameters(Operation operation) {
    return operation.getParameters() == null ? List.of() : operation.getParameters();
  }

  @SuppressWarnings("rawtypes")
  private static Map<String, Schema> properties(Schema<?> schema) {
    return schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  private static Schema<?> resolve(Schema<?> schema) {
    if (schema.get$ref() == null) {
      return schema;
    }
    return doc.getComponents().getSchemas().get(schema.get$ref().substring("#/components/schemas/".length()));
  }
}
