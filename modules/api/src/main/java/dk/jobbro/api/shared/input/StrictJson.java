package dk.jobbro.api.shared.input;

import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A strict first reading of a JSON document against the Java type it will be bound to, for what the JSON binder lets
 * pass silently: an array where an object is expected (the binder keeps its first element), a key given twice (the
 * binder keeps the last), a fraction or a huge number for a whole-number field (the binder truncates or wraps it), a
 * number beyond the range of a double, text for a number ({@code "NaN"}), a control character in any text, and
 * nesting deeper than any request needs. The first such fault is a 400 naming the field ({@code person.name},
 * {@code education[2].years}; {@code body} for the document itself).
 *
 * <p>It streams (JSON-P's parser, no tree), so a batch of 10,000 records costs one extra pass over the text. Syntax
 * errors are left to the binder, which reports them with their position; unknown fields too.
 */
public final class StrictJson {

  /** Deeper than any request of the API, shallow enough that nothing can exhaust the stack. */
  static final int MAX_DEPTH = 32;

  private static final JsonParserFactory PARSERS = Jsonp.PROVIDER.createParserFactory(Map.of());
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
  private static final Map<Class<?>, Map<String, Type>> MEMBERS = new ConcurrentHashMap<>();

  private StrictJson() {}

  /** @throws ProblemException 400 naming the first field that breaks a rule */
  public static void check(String json, Type expected) {
    check(() -> PARSERS.createParser(new StringReader(json)), expected);
  }

  /** The same for a body as UTF-8 bytes (RFC 8259: JSON between systems is UTF-8). */
  public static void check(InputStream json, Type expected) {
    check(() -> PARSERS.createParser(new InputStreamReader(json, StandardCharsets.UTF_8)), expected);
  }

  private static void check(Supplier<JsonParser> parsers, Type expected) {
    try (JsonParser parser = parsers.get()) {
      if (parser.hasNext()) {
        value(parser, parser.next(), expected, "", 0);
      }
    } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
      // not JSON at all: the binder says so, with the position
    }
  }

  private static void value(JsonParser p, JsonParser.Event event, Type type, String path, int depth) {
    Class<?> raw = rawClass(type);
    switch (event) {
      case START_OBJECT -> {
        nested(path, depth);
        if (isSequence(raw)) {
          throw invalid(path, "must be a JSON array");
        }
        object(p, type, raw, path, depth);
      }
      case START_ARRAY -> {
        nested(path, depth);
        if (isObject(raw)) {
          throw invalid(path, "must be a JSON object, not an array");
        }
        Type element = elementType(type, raw);
        int i = 0;
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_ARRAY; e = p.next()) {
          value(p, e, element, path + "[" + i++ + "]", depth + 1);
        }
      }
      case VALUE_NUMBER -> number(p.getBigDecimal(), raw, path);
      case VALUE_STRING -> text(p.getString(), raw, path);
      default -> { }
    }
  }

  private static void object(JsonParser p, Type type, Class<?> raw, String path, int depth) {
    Set<String> seen = new HashSet<>();
    for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
      String key = p.getString();
      // a key that is not a plain name is not repeated back (it could be anything, a CPR number included)
      String child = !FIELD_NAME.matcher(key).matches() ? path : path.isEmpty() ? key : path + "." + key;
      if (!seen.add(key)) {
        throw invalid(child, "is given more than once");
      }
      value(p, p.next(), memberType(type, raw, key), child, depth + 1);
    }
  }

  private static void nested(String path, int depth) {
    if (depth >= MAX_DEPTH) {
      throw invalid(path, "is nested too deeply");
    }
  }

  private static void number(BigDecimal n, Class<?> raw, String path) {
    Bounds bounds = Bounds.WHOLE.get(raw);
    if (bounds != null) {
      if (n.compareTo(bounds.min) < 0 || n.compareTo(bounds.max) > 0) {
        throw invalid(path, "must be a whole number from " + bounds.min + " to " + bounds.max);
      }
      if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
        throw invalid(path, "must be a whole number");
      }
    } else if (isFloating(raw) && n.abs().compareTo(Bounds.LARGEST_DOUBLE) > 0) {
      throw invalid(path, "is too large");
    }
  }

  private static void text(String s, Class<?> raw, String path) {
    if (ControlCharacters.inAnyText(s)) {
      throw invalid(path, ControlCharacters.MESSAGE);
    }
    if (Bounds.WHOLE.containsKey(raw) || isFloating(raw) || raw == BigDecimal.class) {
      throw invalid(path, "must be a number, not text");
    }
  }

  private static ProblemException invalid(String path, String message) {
    return ProblemException.invalidField(path.isEmpty() ? "body" : path, message);
  }

  /** Records and the API's own classes are objects; so are maps (including JSON-P's JsonObject). */
  private static boolean isObject(Class<?> raw) {
    return raw.isRecord() || Map.class.isAssignableFrom(raw)
        || raw.getName().startsWith("dk.jobbro.") && !raw.isEnum() && !raw.isInterface();
  }

  private static boolean isSequence(Class<?> raw) {
    return raw.isArray() || Collection.class.isAssignableFrom(raw);
  }

  private static boolean isFloating(Class<?> raw) {
    return raw == Double.class || raw == double.class || raw == Float.class || raw == float.class;
  }

  private static Type elementType(Type type, Class<?> raw) {
    if (type instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type memberType(Type type, Class<?> raw, String key) {
    if (Map.class.isAssignableFrom(raw)) {
      return typeArgument(type, 1);
    }
    if (!isObject(raw)) {
      return Object.class;
    }
    return MEMBERS.computeIfAbsent(raw, StrictJson::membersOf).getOrDefault(key, Object.class);
  }

  /** A record's components, or a class's fields (the binder's default mapping of both). */
  private static Map<String, Type> membersOf(Class<?> raw) {
    Map<String, Type> members = new ConcurrentHashMap<>();
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        members.put(c.getName(), c.getGenericType());
      }
      return members;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        members.putIfAbsent(f.getName(), f.getGenericType());
      }
    }
    return members;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
      return parameterized.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return rawClass(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return rawClass(w.getUpperBounds()[0]);
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(rawClass(a.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  /** The range of each whole-number type the binder fills. */
  private record Bounds(BigDecimal min, BigDecimal max) {

    static final BigDecimal LARGEST_DOUBLE = new BigDecimal(Double.MAX_VALUE);
    static final Map<Class<?>, Bounds> WHOLE = Map.of(
        Integer.class, of(Integer.MIN_VALUE, Integer.MAX_VALUE), int.class, of(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Long.class, of(Long.MIN_VALUE, Long.MAX_VALUE), long.class, of(Long.MIN_VALUE, Long.MAX_VALUE),
        Short.class, of(Short.MIN_VALUE, Short.MAX_VALUE), short.class, of(Short.MIN_VALUE, Short.MAX_VALUE),
        BigInteger.class, new Bounds(BigDecimal.valueOf(Long.MIN_VALUE).pow(4).negate(),
            BigDecimal.valueOf(Long.MAX_VALUE).pow(4)));

    static Bounds of(long min, long max) {
      return new Bounds(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }
  }
}
