package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in {@code server-config/jobbro.asadmin}, the same command file a ministry operator uses, so the quick start
 * and the integration tests prove it on every run.
 */
final class ServerConfig {

  static final String DEMO_ISSUER = "https://demo.jobbro.dk";
  static final String AUDIENCE = "jobbro";
  private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Z_]+)@");
  /** What Payara Micro does not take from the command file (its own thread pool, timer store), see {@link #render}. */
  private static final Pattern NOT_FOR_MICRO =
      Pattern.compile("(?m)^(set \\S*\\.thread-pool\\.http-thread-pool\\..*|set \\S*\\.ejb-timer-service\\..*"
          + "|set-log-levels .*)\\R");
  private static final Pattern HTTP_LISTENER_PROTOCOL_SETTING =
      Pattern.compile("(?m)^set \\S*\\.(protocol\\.http-listener-[12]|thread-pool\\.http-thread-pool)\\..*\\R");

  /** A rendered command file cut in two for a Payara Server or Micro start: what runs before boot, and what after. */
  record BootFiles(Path preBoot, Path postBoot) {}

  private ServerConfig() {}

  /** The asadmin command that sets a MicroProfile Config property for the whole domain. */
  static String domainProperty(String property, String value) {
    return "set-config-property --source=domain --propertyName=" + property + " --propertyValue=" + value;
  }

  static Path home() {
    return Path.of(System.getProperty("jobbro.home", ".")).toAbsolutePath().normalize();
  }

  static Path demoPublicKey() {
    return home().resolve("server-config/demo/jwt-demo-public.pem");
  }

  static Path demoPrivateKey() {
    return home().resolve("server-config/demo/jwt-demo-private.pem");
  }

  /**
   * The values for a local PostgreSQL, the demo key pair, local hash and encryption keys (fixed, so that a quick-start
   * database
   * keeps matching its access log across restarts; like the demo key pair, they live in the test tree only).
   */
  static Map<String, String> localValues(int dbPort, String dbName, String user, String password) {
    return Map.ofEntries(
        Map.entry("DB_HOST", "127.0.0.1"),
        Map.entry("DB_PORT", Integer.toString(dbPort)),
        Map.entry("DB_NAME", dbName),
        Map.entry("DB_USER", user),
        Map.entry("DB_PASSWORD", password),
        Map.entry("REPORTS_DB_HOST", "127.0.0.1"),
        Map.entry("REPORTS_DB_PORT", Integer.toString(dbPort)),
        Map.entry("DB_MAX_POOL", "32"),
        Map.entry("PUBLIC_URL", "/"),
        // one server that is its own instance (Payara Server's domain server; Micro names its listeners itself)
        Map.entry("CONFIG", "server-config"),
        Map.entry("JWT_ISSUER", DEMO_ISSUER),
        Map.entry("JWT_AUDIENCE", AUDIENCE),
        Map.entry("JWT_PUBLIC_KEY_LOCATION", demoPublicKey().toUri().toString()),
        Map.entry("AUDIT_HASH_KEY", "local-only-audit-hash-key-never-for-a-real-server"),
        Map.entry("MATCHING_REFERENCE_KEY", "local-only-matching-reference-key-never-for-a-real-server"),
        Map.entry("ENCRYPTION_KEY_ID", LocalKeys.KEY_ID),
        Map.entry("ENCRYPTION_KEY", LocalKeys.KEY),
        Map.entry("ENCRYPTION_INDEX_KEY", LocalKeys.INDEX_KEY));
  }

  /**
   * Splits a rendered command file for {@code start-domain --prebootcommandfile --postbootcommandfile}: the settings
   * of the HTTP listeners' protocols and of their thread pool run before boot, so the listeners start with them
   * (the pool's size in particular: a running pool kept its threads when it was resized); every other command runs once
   * the server is up, as it would from asadmin. Changed on a running server, those settings restart the listener,
   * which could stay unbound ("GrizzlyProxy is NULL"), and the test domain had to be restarted after them.
   */
  static BootFiles splitForBoot(Path rendered) throws IOException {
    return split(rendered, UnaryOperator.identity());
  }

  /**
   * Splits a command file rendered for Payara Micro ({@link #render} with {@code payaraMicro}) for
   * {@code --prebootcommandfile} and {@code --postbootcommandfile}, as {@link #splitForBoot} does for Payara Server:
   * the listeners' protocol settings run before boot, named for Micro's listeners ({@code http-listener} and
   * {@code https-listener} where Payara Server has {@code http-listener-1} and {@code -2}). So the quick start sends
   * no product or version in its {@code Server} header (Micro's default is {@code Payara Micro 6.2025.10}) and takes
   * the same request heads as production, answering over-long ones with Jobbro's 414/431 problems instead of
   * Grizzly's empty 400.
   */
  static BootFiles splitForMicro(Path rendered) throws IOException {
    return split(rendered, line -> line.replace("protocol.http-listener-1.", "protocol.http-listener.")
        .replace("protocol.http-listener-2.", "protocol.https-listener."));
  }

  /** The listener settings, each passed through {@code preBootLine}, into one file and every other line into another. */
  private static BootFiles split(Path rendered, UnaryOperator<String> preBootLine) throws IOException {
    String commands = Files.readString(rendered);
    StringBuilder preBoot = new StringBuilder();
    Matcher m = HTTP_LISTENER_PROTOCOL_SETTING.matcher(commands);
    while (m.find()) {
      preBoot.append(preBootLine.apply(m.group()));
    }
    String name = rendered.getFileName().toString().replaceFirst("\\.asadmin$", "");
    return new BootFiles(Files.writeString(rendered.resolveSibling(name + "-preboot.asadmin"), preBoot),
        Files.writeString(rendered.resolveSibling(name + "-postboot.asadmin"), m.replaceAll("")));
  }

  /** Writes the command file with every placeholder replaced, plus any extra commands, for Payara Server. */
  static Path render(Path target, Map<String, String> values, List<String> extraCommands) throws IOException {
    return render(target, values, extraCommands, false);
  }

  /**
   * Writes the command file for Payara Server, or for Payara Micro ({@link #splitForMicro} then names the listener
   * settings for Micro's listeners): for Micro the size of Payara Server's http-thread-pool is left out (Micro sizes
   * its own pool; not tested with this line), the store for persistent EJB timers (Micro keeps its own, without the
   * timer-service application), and set-log-levels, which Micro's boot commands are not proven to take (Jobbro's
   * QuietTokenLogs sets that level at deployment on both).
   */
  static Path render(Path target, Map<String, String> values, List<String> extraCommands, boolean payaraMicro)
      throws IOException {
    String template = Files.readString(home().resolve("server-config/jobbro.asadmin"));
    if (payaraMicro) {
      template = NOT_FOR_MICRO.matcher(template).replaceAll("");
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for @" + m.group(1) + "@ in server-config/jobbro.asadmin");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    extraCommands.forEach(c -> out.append(c).append('\n'));
    Files.createDirectories(target.getParent());
    return Files.writeString(target, out);
  }
}
