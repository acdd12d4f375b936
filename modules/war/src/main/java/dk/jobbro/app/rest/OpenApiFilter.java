package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the generated OpenAPI document (registered as {@code mp.openapi.filter}).
 *
 * <p>Every secured operation answers 401 without a valid token and 403 when the token's role or kommune does not
 * allow it, always as a problem detail. Those two responses are added here, once, instead of being repeated on every
 * resource class.
 *
 * <p>Payara fills every schema declared with a class-level {@code @Schema} with the annotation's defaults
 * ({@code maxProperties: 0}, {@code minLength: 0}, {@code exclusiveMaximum: false}, ...). Some of those are not
 * harmless — {@code maxProperties: 0} says "an object with no properties" — so they are removed.
 */
public class OpenApiFilter implements OASFilter {

  static final Map<String, String> STANDARD_ERRORS = Map.of(
      "401", "No valid bearer token",
      "403", "The token's role or kommune does not allow this");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openApi.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        if (isSecured(operation, openApi)) {
          addStandardErrors(operation);
        }
      }
    }
  }

  private static boolean isSecured(Operation operation, OpenAPI openApi) {
    return operation.getSecurity() != null && !operation.getSecurity().isEmpty()
        || openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
  }

  private static void addStandardErrors(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<String, String> error : STANDARD_ERRORS.entrySet()) {
      if (!responses.hasAPIResponse(error.getKey())) {
        responses.addAPIResponse(error.getKey(), problemResponse(error.getValue()));
      }
    }
  }

  private static APIResponse problemResponse(String description) {
    return OASFactory.createAPIResponse().description(description)
        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    return schema;
  }
}
