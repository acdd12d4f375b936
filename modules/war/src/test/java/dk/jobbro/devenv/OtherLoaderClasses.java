package dk.jobbro.devenv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class-list lines ({@code -XX:SharedClassListFile}) for classes that class loaders of Payara's own loaded from
 * jars: the WAR's libraries (Hibernate, Byte Buddy, Flyway, ...) through the web application's loader, and a few
 * more. {@code -XX:DumpLoadedClassList} on JDK 17 lists only the JDK's built-in loaders; these lines come from the
 * JVM's class-loading log ({@code -Xlog:class+load=debug}), which says for each class where it came from, which
 * loader defined it and the addresses of its superclass and interfaces.
 *
 * <p>A static dump loads such a class from the named jar and links it to the classes the ids name, so every
 * superclass and interface must be listed (with an id) before it. A class whose superclass or interfaces the list
 * cannot name (a generated one, one from a directory) is left out, and with it every class built on it; so are
 * second classes of the same name (another loader's copy), which the archive could not tell apart. At run time the
 * JVM takes an archived class of this kind only when a loader defines a class of that name with the same bytes, so a
 * jar that changed since (a rebuilt Jobbro module) just goes back to being parsed.
 */
final class OtherLoaderClasses {

  private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source: (.+)$");
  private static final Pattern LINKS = Pattern.compile("klass: (0x[0-9a-f]+) super: (0x[0-9a-f]+)"
      + "(?: interfaces: ([0-9a-fx ]+?))? loader: \\[loader data: 0x[0-9a-f]+ (?:of|for instance a) '([^']+)'");
  private static final Set<String> BUILT_IN_LOADERS = Set.of("bootstrap",
      "jdk/internal/loader/ClassLoaders$AppClassLoader", "jdk/internal/loader/ClassLoaders$PlatformClassLoader");

  private OtherLoaderClasses() {}

  /**
   * @param log the lines of {@code -Xlog:class+load=debug}, in the order the JVM wrote them
   * @param readableJar where the dump can read a jar the log names, or null to leave its classes out
   * @return the lines to append to the built-in loaders' class list
   */
  static List<String> classListLines(List<String> log, Function<Path, Path> readableJar) {
    List<Loaded> loaded = parse(log);
    Map<Loaded, Integer> ids = new LinkedHashMap<>();
    Set<Loaded> nameable = new HashSet<>();
    Set<String> names = new HashSet<>();
    List<String> lines = new ArrayList<>();
    for (Loaded c : loaded) {
      if (c.builtIn) {
        if (c.loadableByName()) {
          nameable.add(c);
        }
        continue;
      }
      Path jar = c.jar() == null ? null : readableJar.apply(c.jar());
      if (jar == null || !c.links.stream().allMatch(l -> l != null && nameable.contains(l)) || !names.add(c.name)) {
        continue;
      }
      nameable.add(c);
      for (Loaded link : c.links) {
        if (link.builtIn && !ids.containsKey(link)) {
          // a built-in loader's class gets its id on a line of its own; loading it again is harmless
          lines.add(link.internalName() + " id: " + id(ids, link));
        }
      }
      StringBuilder line = new StringBuilder(c.internalName()).append(" id: ").append(id(ids, c))
          .append(" super: ").append(id(ids, c.links.get(0)));
      if (c.links.size() > 1) {
        line.append(" interfaces:");
        c.links.subList(1, c.links.size()).forEach(i -> line.append(' ').append(id(ids, i)));
      }
      lines.add(line.append(" source: ").append(jar).toString());
    }
    return lines;
  }

  private static int id(Map<Loaded, Integer> ids, Loaded c) {
    return ids.computeIfAbsent(c, k -> ids.size());
  }

  /**
   * Each class with the classes its superclass and interface addresses pointed at when it was loaded: an address is
   * reused once a class is unloaded (the JDK's reflection accessors are), so it names the latest class loaded there.
   */
  private static List<Loaded> parse(List<String> log) {
    List<Loaded> loaded = new ArrayList<>();
    Map<String, Loaded> atAddress = new HashMap<>();
    String[] pending = null;
    for (String line : log) {
      Matcher m = LOADED.matcher(line);
      if (m.find()) {
        pending = new String[] {m.group(1), m.group(2).strip()};
        continue;
      }
      m = LINKS.matcher(line);
      if (pending != null && m.find()) {
        List<Loaded> links = new ArrayList<>();
        if (!m.group(2).equals("0x0000000000000000")) {
          links.add(atAddress.get(m.group(2)));
        }
        if (m.group(3) != null) {
          for (String address : m.group(3).trim().split(" ")) {
            links.add(atAddress.get(address));
          }
        }
        Loaded c = new Loaded(pending[0], pending[1], BUILT_IN_LOADERS.contains(m.group(4)), links);
        atAddress.put(m.group(1), c);
        loaded.add(c);
        pending = null;
      }
    }
    return loaded;
  }

  /** One class as the log tells it; identity matters (two loads of one name are two classes). */
  private static final class Loaded {
    final String name;
    final String source;
    final boolean builtIn;
    final List<Loaded> links;

    Loaded(String name, String source, boolean builtIn, List<Loaded> links) {
      this.name = name;
      this.source = source;
      this.builtIn = builtIn;
      this.links = links;
    }

    String internalName() {
      return name.replace('.', '/');
    }

    /**
     * Whether a dump finds this built-in loader's class by its name: not so a class generated at run time and
     * defined into the application class loader (Payara's EJB container makes some), which has no class file.
     */
    boolean loadableByName() {
      return source.startsWith("jrt:") || source.startsWith("file:") || source.startsWith("shared objects file");
    }

    /** The jar file the class came from, or null when it came from anywhere else. */
    Path jar() {
      return source.startsWith("file:") && source.endsWith(".jar") ? Path.of(source.substring("file:".length()))
          : null;
    }
  }
}
