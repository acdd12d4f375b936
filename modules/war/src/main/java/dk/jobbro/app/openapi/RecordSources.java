package dk.jobbro.app.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The records behind the OpenAPI schemas, found in the modules' sources: for each schema name, the record's class and
 * what its Javadoc says. A record's {@code @param} tags already describe each component, so the document says the
 * same without a second copy in {@code @Schema(description = ...)}. Used at build time only, where the sources are at
 * hand (the war POM names them in the system property {@code jobbro.openapi.sources}).
 */
final class RecordSources {

  static final String SOURCES_PROPERTY = "jobbro.openapi.sources";

  /** A Javadoc comment, the annotations after it, and the record it documents. */
  private static final Pattern DOCUMENTED_RECORD = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*((?:@[\\w.]+(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s*)*)"
          + "(?:public\\s+|static\\s+|final\\s+)*record\\s+(\\w+)", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern SCHEMA_NAME = Pattern.compile("@Schema\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");
  private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+((?:(?!(?<!\\{)@\\w).)*)",
      Pattern.DOTALL);

  /** A documented record: the class names it may have, its summary and its components' descriptions. */
  record Documented(List<String> classNames, String summary, Map<String, String> params) {

    /** The record's class, loaded by the class loader that holds the modules (the plugin's project loader). */
    Optional<Class<?>> type() {
      for (String name : classNames) {
        try {
          return Optional.of(Class.forName(name, false, RecordSources.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          // try the next candidate: a record nested in the file's top-level type
        }
      }
      return Optional.empty();
    }
  }

  private final Map<String, Documented> bySchema;

  private RecordSources(Map<String, Documented> bySchema) {
    this.bySchema = bySchema;
  }

  static RecordSources fromSystemProperty() {
    String roots = System.getProperty(SOURCES_PROPERTY, "");
    Map<String, Documented> found = new HashMap<>();
    for (String root : roots.split(",")) {
      if (!root.isBlank()) {
        read(Path.of(root.strip()), found);
      }
    }
    return new RecordSources(found);
  }

  Optional<Documented> of(String schemaName) {
    return Optional.ofNullable(bySchema.get(schemaName));
  }

  /**
   * A generic record's documentation for one of its instances, which the scanner names after the record and its
   * type argument ({@code PageCaseView} for {@code Page<CaseView>}).
   */
  Optional<Documented> ofGeneric(String schemaName) {
    return bySchema.entrySet().stream()
        .filter(e -> schemaName.startsWith(e.getKey()) && schemaName.length() > e.getKey().length())
        .filter(e -> e.getValue().type().map(t -> t.getTypeParameters().length > 0).orElse(false))
        .map(Map.Entry::getValue).findFirst();
  }

  private static void read(Path root, Map<String, Documented> found) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher pkg = PACKAGE.matcher(source);
        String prefix = pkg.find() ? pkg.group(1) + "." : "";
        String top = file.getFileName().toString().replace(".java", "");
        Matcher m = DOCUMENTED_RECORD.matcher(source);
        while (m.find()) {
          Matcher named = SCHEMA_NAME.matcher(m.group(2));
          String record = m.group(3);
          String schema = named.find() ? named.group(1) : record;
          List<String> classNames = record.equals(top) ? List.of(prefix + top)
              : List.of(prefix + top + "$" + record, prefix + record);
          found.putIfAbsent(schema, parse(m.group(1), classNames));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Documented parse(String javadoc, List<String> classNames) {
    List<String> lines = javadoc.lines().map(l -> l.strip().replaceFirst("^\\*\\s?", "")).toList();
    String text = String.join(" ", lines).replaceAll("\\s+", " ").strip();
    int tags = text.indexOf(" @");
    String body = text.startsWith("@") ? "" : tags < 0 ? text : text.substring(0, tags);
    Map<String, String> params = new LinkedHashMap<>();
    Matcher p = PARAM.matcher(text);
    while (p.find()) {
      params.put(p.group(1), plain(p.group(2)));
    }
    return new Documented(classNames, plain(firstSentence(body)), params);
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** Javadoc markup as plain text: {@code x} and {@link X} become x, HTML tags go. */
  private static String plain(String text) {
    return text.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
        .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
  }
}
