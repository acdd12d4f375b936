package dk.jobbro.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  private static final Pattern SERVER_LISTENER_SETTING =
      Pattern.compile("(?m)^(set \\S*\\.(protocol\\.http-listener-[12]|thread-pool\\.http-thread-pool)\\..*"
          + "|set-log-levels .*)\\R");
  private static final Pattern HTTP_LISTENER_PROTOCOL_SETTING =
      Pattern.compile("(?m)^set \\S*\\.(protocol\\.http-listener-[12]|thread-pool\\.http-thread-pool)\\..*\\R");

  /** A rendered command file cut in two for a Payara Server start: what runs before boot, and what runs after. */
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
    String commands = Files.readString(rendered);
    StringBuilder preBoot = new StringBuilder();
    Matcher m = HTTP_LISTENER_PROTOCOL_SETTING.matcher(commands);
    while (m.find()) {
      preBoot.append(m.group());
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
   * Writes the command file for Payara Server, or for Payara Micro: Micro's listeners have other names than Payara
   * Server's http-listener-1 and -2 and already send no version, so the lines that set those listeners are left out,
   * and so is the size of Payara Server's http-thread-pool (Micro sizes its own pool; not tested with this line);
   * so is set-log-levels, which Micro's boot commands are not proven to take (Jobbro's QuietTokenLogs sets that level
   * at deployment on both).
   */
  static Path render(Path target, Map<String, String> values, List<String> extraCommands, boolean payaraMicro)
      throws IOException {
    String template = Files.readString(home().resolve("server-config/jobbro.asadmin"));
    if (payaraMicro) {
      template = SERVER_LISTENER_SETTING.matcher(template).replaceAll("");
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
