package dk.jobbro.api.shared.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A classification shipped with Jobbro as a resource file: one {@code code TAB title} a line, {@code #} lines are
 * the header naming the source and its version. Read once; the lists are small (a few thousand codes) and never
 * change while Jobbro runs, so they are kept in memory rather than asked of the database on every request.
 */
final class CodeList {

  private final Map<String, String> titles;

  private CodeList(Map<String, String> titles) {
    this.titles = Collections.unmodifiableMap(titles);
  }

  /** Reads the resource next to this class; a missing or malformed list is a build error, so it fails loudly. */
  static CodeList load(String resource) {
    Map<String, String> titles = new LinkedHashMap<>();
    try (InputStream in = CodeList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference list missing from the class path: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 1 || titles.put(line.substring(0, tab), line.substring(tab + 1)) != null) {
          throw new IllegalStateException("malformed or repeated line in " + resource + ": " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CodeList(titles);
  }

  boolean contains(String code) {
    return titles.containsKey(code);
  }

  Optional<String> title(String code) {
    return Optional.ofNullable(titles.get(code));
  }

  /** The codes of the given length, in list order (one length is one level of the classification). */
  List<String> codesOfLength(int length) {
    return titles.keySet().stream().filter(c -> c.length() == length).toList();
  }
}
