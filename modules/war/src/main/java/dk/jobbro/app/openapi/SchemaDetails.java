package dk.jobbro.app.openapi;

import dk.jobbro.api.shared.input.DateBounds;
import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Decimals;
import dk.jobbro.api.shared.validation.Text;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the annotation scanner cannot see in a schema, filled in from the record it was generated from:
 * <ul>
 *   <li>descriptions from the Javadoc ({@link RecordSources});</li>
 *   <li>{@link Text} constraints of request fields: {@code maxLength}, a {@code pattern} without control characters
 *       (tab, CR and LF allowed in multi-line text), and {@code required} with {@code minLength: 1} for the required
 *       ones; the bounds of {@link DateRange} dates and the decimals of {@link Decimals} numbers in the description;</li>
 *   <li>in answers, primitive components ({@code boolean}, {@code int}, {@code long}) are always written, so they are
 *       {@code required}; reference components that are always set say so with {@code @NotNull};</li>
 *   <li>schemas no operation uses are dropped.</li>
 * </ul>
 */
final class SchemaDetails {

  /** No control characters (see ControlCharacters), as an ECMA-262 pattern. */
  static final String SINGLE_LINE_TEXT = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";

  /** No control characters but tab, CR and LF. */
  static final String MULTI_LINE_TEXT =
      "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

  private final OpenAPI openApi;
  private final Map<String, Schema> schemas;
  private final RecordSources sources;

  SchemaDetails(OpenAPI openApi, RecordSources sources) {
    this.openApi = openApi;
    this.schemas = openApi.getComponents().getSchemas();
    this.sources = sources;
  }

  void apply() {
    Set<String> input = reachable(true);
    Set<String> output = reachable(false);
    for (String name : List.copyOf(schemas.keySet())) {
      if (!input.contains(name) && !output.contains(name)) {
        openApi.getComponents().removeSchema(name);
      }
    }
    for (Map.Entry<String, Schema> entry : openApi.getComponents().getSchemas().entrySet()) {
      String name = entry.getKey();
      Schema schema = entry.getValue();
      freeForm(schema);
      sources.of(name).or(() -> sources.ofGeneric(name)).ifPresent(record -> {
        describe(schema, record);
        record.type().filter(Class::isRecord).ifPresent(type -> {
          if (input.contains(name)) {
            textConstraints(schema, type);
            dateAndNumberConstraints(schema, type);
          }
          if (output.contains(name) && !input.contains(name)) {
            primitivesRequired(schema, type);
          }
        });
      });
    }
  }

  /** A map-valued property (report rows, totals) is an object with any members; say so rather than leave it open. */
  private static void freeForm(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    for (Schema property : schema.getProperties().values()) {
      Schema object = property.getType() == Schema.SchemaType.ARRAY ? property.getItems() : property;
      if (object != null && object.getType() == Schema.SchemaType.OBJECT && object.getProperties() == null
          && object.getAdditionalPropertiesSchema() == null && object.getAdditionalPropertiesBoolean() == null) {
        object.setAdditionalPropertiesBoolean(Boolean.TRUE);
      }
    }
  }

  private static void describe(Schema schema, RecordSources.Documented record) {
    if (schema.getDescription() == null && !record.summary().isEmpty()) {
      schema.setDescription(record.summary());
    }
    if (schema.getProperties() == null) {
      return;
    }
    for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
      String text = record.params().get(property.getKey());
      Schema p = property.getValue();
      // OpenAPI 3.0 ignores a description beside a $ref; the referenced schema describes itself.
      if (text != null && p.getDescription() == null && p.getRef() == null) {
        p.setDescription(text);
      }
    }
  }

  private static void textConstraints(Schema schema, Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      // @Text does not target record components, so Java keeps it on the accessor (and field and parameter).
      Text text = component.getAccessor().getAnnotation(Text.class);
      Schema property = schema.getProperties() == null ? null : schema.getProperties().get(component.getName());
      if (text == null || property == null) {
        continue;
      }
      property.setMaxLength(text.max());
      property.setPattern(text.multiline() ? MULTI_LINE_TEXT : SINGLE_LINE_TEXT);
      if (text.required()) {
        property.setMinLength(1);
        require(schema, component.getName());
      }
    }
  }

  /** The bounds of {@link DateRange} dates and the precision of {@link Decimals} numbers, in words. */
  private static void dateAndNumberConstraints(Schema schema, Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      Schema property = schema.getProperties() == null ? null : schema.getProperties().get(component.getName());
      if (property == null || property.getRef() != null) {
        continue;
      }
      Decimals decimals = component.getAccessor().getAnnotation(Decimals.class);
      if (component.getAccessor().isAnnotationPresent(DateRange.class)) {
        appendDescription(property, "From " + DateBounds.EARLIEST + " to " + DateBounds.LATEST + ".");
      } else if (decimals != null) {
        appendDescription(property, "At most " + decimals.value() + " decimal(s).");
      }
    }
  }

  private static void appendDescription(Schema property, String sentence) {
    String before = property.getDescription();
    property.setDescription(before == null || before.isBlank() ? sentence : before.strip() + " " + sentence);
  }

  private static void primitivesRequired(Schema schema, Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getType().isPrimitive() && schema.getProperties() != null
          && schema.getProperties().containsKey(component.getName())) {
        require(schema, component.getName());
      }
    }
  }

  private static void require(Schema schema, String property) {
    List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
    if (!required.contains(property)) {
      required.add(property);
      schema.setRequired(required);
    }
  }

  /** The schema names reached from the request bodies (input) or from the responses (output). */
  private Set<String> reachable(boolean fromRequests) {
    Deque<Schema> todo = new ArrayDeque<>();
    Consumer<Content> add = content -> {
      if (content != null && content.getMediaTypes() != null) {
        content.getMediaTypes().values().forEach(m -> push(todo, m.getSchema()));
      }
    };
    for (PathItem path : openApi.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        if (fromRequests) {
          if (operation.getRequestBody() != null) {
            add.accept(operation.getRequestBody().getContent());
          }
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> push(todo, p.getSchema()));
          }
        } else if (operation.getResponses() != null) {
          operation.getResponses().getAPIResponses().values().forEach(r -> add.accept(r.getContent()));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Schema schema = todo.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (seen.add(name) && schemas.get(name) != null) {
          push(todo, schemas.get(name));
        }
        continue;
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(p -> push(todo, p));
      }
      push(todo, schema.getItems());
      if (schema.getAdditionalPropertiesSchema() != null) {
        push(todo, schema.getAdditionalPropertiesSchema());
      }
      for (Collection<Schema> composed : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
          nonNull(schema.getOneOf()))) {
        composed.forEach(s -> push(todo, s));
      }
    }
    return seen;
  }

  private static void push(Deque<Schema> todo, Schema schema) {
    if (schema != null) {
      todo.push(schema);
    }
  }

  private static List<Schema> nonNull(List<Schema> list) {
    return list == null ? List.of() : list;
  }
}
