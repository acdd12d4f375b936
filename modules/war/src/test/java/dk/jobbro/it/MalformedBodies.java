package dk.jobbro.it;

import dk.jobbro.api.shared.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies built from the OpenAPI document's schema of an operation: a well-shaped body (every property with a
 * value of its documented type), then that body with one field at a time made malformed (a control character in
 * text, an extreme date, a fraction or a huge number for a whole number, a tiny or huge number), and whole-body faults
 * (an array of three bodies for one, a duplicate key). Each malformed body names the field a 400 must name.
 */
final class MalformedBodies {

  /** A body and the field a 400 for it must name. */
  record Case(String category, String field, String json) {}

  private static final List<String> BAD_TEXT = List.of("a\u0000b", "\u001b[2J", "x\u0085y", "line\u0007");
  private static final List<String> LINE_BREAKS = List.of("first\nsecond", "first\tsecond");
  private static final List<String> BAD_DATES = List.of("-999999999-01-01", "+999999999-12-31", "0001-01-01",
      "2200-01-01");
  private static final List<String> BAD_WHOLE = List.of("1.5", "1e308", "3000000000", "-2147483649", "\"7\"");
  private static final List<String> BAD_DECIMAL = List.of("0.0001", "1e308", "-1e308", "1e400", "\"NaN\"");

  private final JsonObject schemas;

  MalformedBodies(JsonObject openApi) {
    this.schemas = openApi.getJsonObject("components").getJsonObject("schemas");
  }

  /** The malformed bodies for an operation's JSON request body schema. */
  List<Case> of(JsonObject schema) {
    JsonObject resolved = resolve(schema);
    if (!"object".equals(resolved.getString("type", "object")) || !resolved.containsKey("properties")) {
      return List.of();
    }
    JsonObject valid = sample(resolved, 0).asJsonObject();
    List<Case> cases = new ArrayList<>();
    mutate(resolved, valid, "", valid, cases, 0);
    String one = valid.toString();
    cases.add(new Case("array-for-object", "body", "[" + one + "," + one + "," + one + "]"));
    if (!valid.isEmpty()) {
      String key = valid.keySet().iterator().next();
      String duplicate = "{\"" + key + "\": " + valid.get(key) + ", " + one.substring(1);
      cases.add(new Case("duplicate-key", key, duplicate));
    }
    return cases;
  }

  private void mutate(JsonObject schema, JsonObject here, String path, JsonObject root, List<Case> cases, int depth) {
    if (depth > 4) {
      return;
    }
    JsonObject properties = schema.getJsonObject("properties");
    for (String name : properties.keySet()) {
      JsonObject property = resolve(properties.getJsonObject(name));
      String field = path.isEmpty() ? name : path + "." + name;
      String type = property.getString("type", "");
      String format = property.getString("format", "");
      List<String> bad = new ArrayList<>();
      String category;
      if (type.equals("string") && (format.equals("date") || format.equals("date-time"))) {
        category = "extreme-date";
        BAD_DATES.forEach(d -> bad.add("\"" + (format.equals("date") ? d : d + "T00:00:00Z") + "\""));
      } else if (type.equals("string") && !property.containsKey("enum") && format.isEmpty()) {
        category = "control-character";
        BAD_TEXT.forEach(t -> bad.add(Jsonp.PROVIDER.createValue(t).toString()));
        // a pattern that lets tab and line breaks through marks multi-line text
        if (!property.getString("pattern", "").contains("\\u0008")) {
          LINE_BREAKS.forEach(t -> bad.add(Jsonp.PROVIDER.createValue(t).toString()));
        }
      } else if (type.equals("integer")) {
        category = "whole-number";
        bad.addAll(BAD_WHOLE);
      } else if (type.equals("number")) {
        category = "decimal-number";
        bad.addAll(BAD_DECIMAL);
      } else if (type.equals("object") && property.containsKey("properties")) {
        mutate(property, here.getJsonObject(name), field, root, cases, depth + 1);
        cases.add(new Case("array-for-object", field, replace(root, field, "[" + here.get(name) + "]")));
        continue;
      } else if (type.equals("array") && property.containsKey("items")) {
        JsonObject items = resolve(property.getJsonObject("items"));
        if ("object".equals(items.getString("type", "")) && items.containsKey("properties")) {
          JsonArray array = here.getJsonArray(name);
          mutate(items, array.getJsonObject(0), field + "[0]", root, cases, depth + 1);
          cases.add(new Case("array-for-object", field + "[0]", replace(root, field + "[0]", "[" + array.get(0)
              + "]")));
        }
        continue;
      } else {
        continue;
      }
      for (String value : bad) {
        cases.add(new Case(category, field, replace(root, field, value)));
      }
    }
  }

  /** The root body with the value at a path ({@code a.b[0].c}) replaced by raw JSON text. */
  private static String replace(JsonObject root, String path, String rawValue) {
    String marker = "\"@@" + UUID.randomUUID() + "@@\"";
    JsonValue replaced = replaceAt(root, path.split("\\."), 0, Jsonp.PROVIDER.createValue(marker.substring(1,
        marker.length() - 1)));
    return replaced.toString().replace(marker, rawValue);
  }

  private static JsonValue replaceAt(JsonValue node, String[] steps, int i, JsonValue value) {
    String step = steps[i];
    int bracket = step.indexOf('[');
    String name = bracket < 0 ? step : step.substring(0, bracket);
    JsonObjectBuilder copy = Jsonp.PROVIDER.createObjectBuilder(node.asJsonObject());
    JsonValue child = node.asJsonObject().get(name);
    if (bracket >= 0) {
      JsonArray array = child.asJsonArray();
      JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
      items.add(i == steps.length - 1 ? value : replaceAt(array.get(0), steps, i + 1, value));
      for (int k = 1; k < array.size(); k++) {
        items.add(array.get(k));
      }
      return copy.add(name, items).build();
    }
    return copy.add(name, i == steps.length - 1 ? value : replaceAt(child, steps, i + 1, value)).build();
  }

  /** A value of the schema's type: what a client that read the document would send. */
  private JsonValue sample(JsonObject schema, int depth) {
    JsonObject s = resolve(schema);
    if (s.containsKey("enum")) {
      return s.getJsonArray("enum").get(0);
    }
    String type = s.getString("type", s.containsKey("properties") ? "object" : "string");
    String format = s.getString("format", "");
    return switch (type) {
      case "object" -> {
        JsonObjectBuilder o = Jsonp.PROVIDER.createObjectBuilder();
        if (s.containsKey("properties") && depth < 5) {
          s.getJsonObject("properties").forEach((k, v) -> o.add(k, sample(v.asJsonObject(), depth + 1)));
        }
        yield o.build();
      }
      case "array" -> Jsonp.PROVIDER.createArrayBuilder()
          .add(s.containsKey("items") && depth < 5 ? sample(s.getJsonObject("items"), depth + 1) : JsonValue.NULL)
          .build();
      case "integer" -> Jsonp.PROVIDER.createValue(1);
      case "number" -> Jsonp.PROVIDER.createValue(7.5);
      case "boolean" -> JsonValue.TRUE;
      default -> Jsonp.PROVIDER.createValue(switch (format) {
        case "date" -> "2026-06-01";
        case "date-time" -> "2026-06-01T10:00:00Z";
        case "uuid" -> UUID.randomUUID().toString();
        default -> "text";
      });
    };
  }

  /** Follows {@code $ref} and takes the first referenced part of an {@code allOf}/{@code oneOf}. */
  private JsonObject resolve(JsonObject schema) {
    JsonObject s = schema;
    for (int i = 0; i < 10; i++) {
      if (s.containsKey("$ref")) {
        String ref = s.getString("$ref");
        s = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
      } else if (s.containsKey("allOf") || s.containsKey("oneOf")) {
        JsonArray parts = s.containsKey("allOf") ? s.getJsonArray("allOf") : s.getJsonArray("oneOf");
        s = parts.getJsonObject(0);
      } else {
        return s;
      }
    }
    return s;
  }
}
