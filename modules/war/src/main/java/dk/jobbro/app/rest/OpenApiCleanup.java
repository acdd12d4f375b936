package dk.jobbro.app.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Payara fills every schema declared with a class-level {@code @Schema} with the annotation's defaults
 * ({@code maxProperties: 0}, {@code minLength: 0}, {@code exclusiveMaximum: false}, ...). Some of those are not
 * harmless — {@code maxProperties: 0} says "an object with no properties" — so they are removed from the document.
 */
public class OpenApiCleanup implements OASFilter {

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
