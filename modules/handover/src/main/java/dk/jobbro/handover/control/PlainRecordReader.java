package dk.jobbro.handover.control;

import dk.jobbro.api.shared.input.ControlCharacters;
import dk.jobbro.api.shared.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Binds a batch record to its Java record in one streaming pass, JSON-P's events going straight into the record's
 * components, for the plain shape nearly every record has. It judges nothing: whatever is not plain — a key given
 * twice, an unknown key, a value of another JSON type than its component's, a number that is not a short whole number,
 * text with a control character, a date or a constant not spelled exactly — makes it answer empty, and the record
 * then gets the full reading a single request gets (StrictJson's checks, then JSON-B), which names the fault. So a
 * record read here is the record JSON-B would have bound, and a faulty record is answered exactly as before, while
 * the common record is read once instead of twice.
 *
 * <p>Supported component types: records, {@code List} of a supported type, {@code String}, {@code Integer},
 * {@code Boolean}, enums, {@link LocalDate} and {@link UUID}; a component of any other type makes its record not plain.
 */
public final class PlainRecordReader {

  private static final JsonParserFactory PARSERS = Jsonp.PROVIDER.createParserFactory(Map.of());
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Map<String, Object>> CONSTANTS = new ConcurrentHashMap<>();

  /** Longest whole number taken here: nine digits always fit an int, so no range check is needed. */
  private static final int MAX_DIGITS = 9;

  private PlainRecordReader() {}

  /** @return the record, or empty when the text is not of the plain shape (it may still be valid) */
  public static <T extends Record> Optional<T> read(String json, Class<T> type) {
    try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        return Optional.empty();
      }
      Object value = object(parser, type);
      return parser.hasNext() ? Optional.empty() : Optional.of(type.cast(value));
    } catch (NotPlain | JsonException | IllegalStateException | NoSuchElementException e) {
      return Optional.empty();
    }
  }

  /** Reads an object's members into the record's components; the parser is just past the object's start. */
  private static Object object(JsonParser p, Class<?> type) {
    Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
    Object[] values = new Object[shape.types.length];
    boolean[] seen = new boolean[values.length];
    for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
      Integer i = shape.index.get(p.getString());
      if (i == null || seen[i]) {
        throw NotPlain.INSTANCE; // unknown or repeated: the full reading says which
      }
      seen[i] = true;
      values[i] = value(p, p.next(), shape.types[i]);
    }
    return shape.construct(values);
  }

  private static Object value(JsonParser p, JsonParser.Event event, Type type) {
    if (event == JsonParser.Event.VALUE_NULL) {
      return null;
    }
    Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
        : type instanceof Class<?> c ? c : Object.class;
    if (raw == List.class && event == JsonParser.Event.START_ARRAY) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_ARRAY; e = p.next()) {
        list.add(value(p, e, element));
      }
      return list;
    }
    if (raw.isRecord() && event == JsonParser.Event.START_OBJECT) {
      return object(p, raw);
    }
    if (raw == Boolean.class && (event == JsonParser.Event.VALUE_TRUE || event == JsonParser.Event.VALUE_FALSE)) {
      return event == JsonParser.Event.VALUE_TRUE;
    }
    if (raw == Integer.class && event == JsonParser.Event.VALUE_NUMBER) {
      return wholeNumber(p.getString());
    }
    if (event == JsonParser.Event.VALUE_STRING) {
      return text(p.getString(), raw);
    }
    throw NotPlain.INSTANCE;
  }

  private static Object text(String s, Class<?> raw) {
    if (raw == String.class) {
      if (ControlCharacters.inAnyText(s)) {
        throw NotPlain.INSTANCE;
      }
      return s;
    }
    if (raw.isEnum()) {
      Object constant = CONSTANTS.computeIfAbsent(raw, PlainRecordReader::constantsOf).get(s);
      if (constant == null) {
        throw NotPlain.INSTANCE;
      }
      return constant;
    }
    try {
      if (raw == LocalDate.class && s.length() == 10) {
        return LocalDate.parse(s); // ISO yyyy-MM-dd only, as JSON-B reads it
      }
      if (raw == UUID.class && s.length() == 36) {
        return UUID.fromString(s);
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw NotPlain.INSTANCE;
    }
    throw NotPlain.INSTANCE;
  }

  /** A plain decimal integer of at most nine digits; anything else (a fraction, an exponent) is the full reading's. */
  private static Integer wholeNumber(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    if (digits.length() == start || digits.length() - start > MAX_DIGITS) {
      throw NotPlain.INSTANCE;
    }
    for (int i = start; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw NotPlain.INSTANCE;
      }
    }
    return Integer.valueOf(digits);
  }

  private static Map<String, Object> constantsOf(Class<?> type) {
    Map<String, Object> byName = new HashMap<>();
    for (Object constant : type.getEnumConstants()) {
      byName.put(((Enum<?>) constant).name(), constant);
    }
    return byName;
  }

  /** A record's components by name, with their types and the canonical constructor that takes them. */
  private record Shape(Map<String, Integer> index, Type[] types, Constructor<?> constructor) {

    static Shape of(Class<?> type) {
      if (customisesJsonBinding(type)) {
        return new Shape(Map.of(), new Type[0], null); // every object of it goes to the full reading
      }
      RecordComponent[] components = type.getRecordComponents();
      Map<String, Integer> index = new HashMap<>();
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        index.put(components[i].getName(), i);
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        return new Shape(Map.copyOf(index), types, type.getDeclaredConstructor(raw));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record always has its canonical constructor", e);
      }
    }

    /**
     * Whether JSON-B would bind the type other than by its component names and plain values (a renamed property, an
     * adapter, a date format, ...): this reader knows none of that, so such a record is never plain.
     */
    private static boolean customisesJsonBinding(Class<?> type) {
      // an annotation on a component lands on its field and accessor (JSON-B's annotations do not target components)
      Stream<Annotation> onComponents = Stream.of(type.getDeclaredFields())
          .filter(f -> !Modifier.isStatic(f.getModifiers()))
          .flatMap(f -> Stream.of(f.getAnnotations()));
      Stream<Annotation> onAccessors = Stream.of(type.getRecordComponents())
          .flatMap(c -> Stream.of(c.getAccessor().getAnnotations()));
      return Stream.of(Stream.of(type.getAnnotations()), onComponents, onAccessors).flatMap(a -> a)
          .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.json.bind.annotation"));
    }

    Object construct(Object[] values) {
      if (constructor == null) {
        throw NotPlain.INSTANCE;
      }
      try {
        return constructor.newInstance(values);
      } catch (InstantiationException | IllegalAccessException | IllegalArgumentException
          | InvocationTargetException e) {
        // a constructor that refuses its values, or a primitive left out: let the full reading answer
        throw NotPlain.INSTANCE;
      }
    }
  }

  /** Not the plain shape; thrown often, so without a stack trace. */
  private static final class NotPlain extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super("not the plain shape", null, false, false);
    }
  }
}
