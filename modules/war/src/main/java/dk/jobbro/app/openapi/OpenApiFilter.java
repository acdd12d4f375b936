package dk.jobbro.app.openapi;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.app.rest.BodyLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the OpenAPI document that the build generates from the resources' annotations (the SmallRye OpenAPI Maven
 * plugin applies it; see the war POM). The HTTP conventions every operation shares are written here once, so a
 * resource method carries only what is particular to it:
 *
 * <ul>
 *   <li>error responses follow from the operation's shape: 400 when it takes input, 401 and 403 when secured, 404
 *       when a path or a body names a resource, 412 and 428 when it takes {@code If-Match} (which is then
 *       required), 409 and 422 when it takes an {@code Idempotency-Key} (which every create, a POST answering 201,
 *       does); every 4xx is a problem detail;</li>
 *   <li>response headers: {@code Location} on 201, {@code ETag} where the answer is a versioned resource (its
 *       schema has a {@code version}), {@code Idempotent-Replayed} and {@code Retry-After} where a key is taken;</li>
 *   <li>304 on every GET whose answer carries an ETag (the server honours {@code If-None-Match});</li>
 *   <li>a request body is required unless its {@code @RequestBody} says otherwise;</li>
 *   <li>schemas get what only their records know ({@link SchemaDetails}): descriptions from the Javadoc, text
 *       limits, the fields an answer always has.</li>
 * </ul>
 *
 * <p>Its {@code servers} entry is {@code /}; {@link OpenApiDocument} puts the configured addresses in its place.
 */
public class OpenApiFilter implements OASFilter {

  static final String IF_MATCH = "If-Match";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Map<String, String> ERRORS = Map.of(
      "400", "The request is malformed or a field is invalid; the problem names each field in violations",
      "401", "No valid bearer token",
      "403", "The token's role does not allow this operation",
      "404", "No such resource for the caller (another kommune's data is a 404 too)",
      "409", "In conflict with the current state; for an Idempotency-Key, the first request is still running and "
          + "Retry-After says when to try again",
      "412", "The resource changed since it was read: If-Match does not name its current ETag",
      "422", "The Idempotency-Key was used before with another body",
      "428", "If-Match is missing: send the ETag of the version you read (or * for any)",
      "503", "The database is out of reach for a moment (a restart or failover), or a read cannot be access-logged; "
          + "send the request again after Retry-After seconds");

  private Map<String, Schema> schemas = Map.of();

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
      schemas = openApi.getComponents().getSchemas();
      Schema problem = schemas.get("Problem");
      if (problem != null) {
        // RFC 9457 extension members, e.g. duplicateOf naming the existing case of a 409.
        problem.setAdditionalPropertiesBoolean(Boolean.TRUE);
      }
    }
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    boolean securedByDefault = openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
    for (PathItem path : openApi.getPaths().getPathItems().values()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
        finish(entry.getKey(), entry.getValue(), securedByDefault);
      }
    }
    new SchemaDetails(openApi, RecordSources.fromSystemProperty()).apply();
    // The address clients resolve against the document's own; OpenApiDocument replaces it from the configuration.
    openApi.setServers(List.of(OASFactory.createServer().url(OpenApiDocument.DEFAULT_SERVER)));
  }

  private void finish(PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (method == PathItem.HttpMethod.POST && responses.hasAPIResponse("201")
        && (operation.getParameters() == null
        || header(operation.getParameters(), IDEMPOTENCY_KEY) == null)) {
      // Every create takes an Idempotency-Key (the @Idempotent plumbing in the war reads it, not the method).
      operation.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
          .description("Makes a retry safe: the same key with the same body answers the first answer again and "
              + "creates nothing; with another body it is a 422 (1-200 visible ASCII characters)")
          .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).minLength(1).maxLength(200)));
    }
    List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean takesInput = !parameters.isEmpty() || operation.getRequestBody() != null;
    // A path names a resource; so may a body (a caseId or employerId it refers to).
    boolean namesResource = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)
        || operation.getRequestBody() != null;
    Parameter ifMatch = header(parameters, IF_MATCH);
    Parameter idempotencyKey = header(parameters, IDEMPOTENCY_KEY);
    boolean secured = securedByDefault || operation.getSecurity() != null && !operation.getSecurity().isEmpty();

    if (operation.getRequestBody() != null && operation.getRequestBody().getRequired() == null) {
      operation.getRequestBody().setRequired(true); // an optional body says required = false in @RequestBody
    }
    if (ifMatch != null) {
      ifMatch.setRequired(true);
      if (ifMatch.getDescription() == null) {
        ifMatch.setDescription("The ETag of the version you read; * for whatever version is current");
      }
    }
    List<String> errors = new ArrayList<>();
    if (takesInput) {
      errors.add("400");
    }
    if (secured) {
      // every secured operation reads or writes the database, so each can meet it out of reach
      errors.addAll(List.of("401", "403", "503"));
    }
    if (namesResource) {
      errors.add("404");
    }
    if (ifMatch != null) {
      errors.addAll(List.of("412", "428"));
    }
    if (idempotencyKey != null) {
      errors.addAll(List.of("409", "422"));
    }
    for (String status : errors) {
      if (!responses.hasAPIResponse(status)) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(ERRORS.get(status)));
      }
    }
    if (operation.getRequestBody() != null && !responses.hasAPIResponse("408")) {
      responses.addAPIResponse("408", OASFactory.createAPIResponse().description("The request body did not arrive "
          + "within the server's read timeout (30 s); send the request again"));
    }
    if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
      responses.addAPIResponse("413", OASFactory.createAPIResponse().description("The request body is larger than "
          + BodyLimits.describe(BodyLimits.forOperation(operation.getOperationId())) + ", this operation's limit"));
    }
    boolean etagged = false;
    for (Map.Entry<String, APIResponse> response : new LinkedHashMap<>(responses.getAPIResponses()).entrySet()) {
      String status = response.getKey();
      APIResponse answer = response.getValue();
      if (status.startsWith("4") || status.startsWith("5")) {
        asProblem(answer);
        if (status.equals("409") && idempotencyKey != null || status.equals("503")) {
          answer.addHeader("Retry-After", header("Seconds after which the same request may be sent again",
              OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        }
        continue;
      }
      if (status.equals("201")) {
        answer.addHeader("Location", header("The address of what was created",
            OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")));
      }
      if (status.startsWith("2") && isVersioned(answer)) {
        answer.addHeader("ETag", header("The version of the resource, for If-Match on a later change",
            OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        etagged = true;
      }
      if (status.startsWith("2") && idempotencyKey != null) {
        answer.addHeader("Idempotent-Replayed", header("true when this is the stored answer to an earlier request "
            + "with the same Idempotency-Key", OASFactory.createSchema().type(Schema.SchemaType.STRING)
            .addEnumeration("true")));
      }
    }
    if (method == PathItem.HttpMethod.GET && etagged && !responses.hasAPIResponse("304")) {
      responses.addAPIResponse("304", OASFactory.createAPIResponse()
          .description("Not modified: If-None-Match names the current ETag"));
    }
  }

  private static Parameter header(List<Parameter> parameters, String name) {
    return parameters.stream().filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
        .findFirst().orElse(null);
  }

  private static Header header(String description, Schema schema) {
    return OASFactory.createHeader().description(description).schema(schema);
  }

  private static void asProblem(APIResponse answer) {
    Content content = answer.getContent();
    if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
      answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
          OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
  }

  /** Whether a response's JSON body is a resource with a {@code version}: those answers carry its ETag. */
  private boolean isVersioned(APIResponse answer) {
    if (answer.getContent() == null || answer.getContent().getMediaTypes() == null) {
      return false;
    }
    for (MediaType media : answer.getContent().getMediaTypes().values()) {
      Schema schema = resolve(media.getSchema());
      if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
        return true;
      }
    }
    return false;
  }

  private Schema resolve(Schema schema) {
    if (schema == null || schema.getRef() == null) {
      return schema;
    }
    String ref = schema.getRef();
    return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
