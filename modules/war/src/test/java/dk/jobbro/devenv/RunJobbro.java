package dk.jobbro.devenv;

import dk.jobbro.api.shared.time.ClockProducer;
import dk.jobbro.app.events.WebhookUrl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quick start ({@code mvn -Prun package}): an embedded PostgreSQL whose data survives restarts under
 * {@code .jobbro/}, Payara Micro with the freshly built WAR and demo data, and demo tokens for every role. Ctrl-C
 * stops both servers.
 */
public final class RunJobbro {

  private static final String DB_PASSWORD = "jobbro-dev";

  private RunJobbro() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path war = Path.of(args[0]);
    Path devenv = Path.of(System.getProperty("devenv.dir"));
    Path data = ServerConfig.home().resolve(".jobbro");
    int httpPort = Integer.getInteger("jobbro.http.port", 8080);
    int dbPort = Integer.getInteger("jobbro.db.port", 54329);

    EmbeddedPostgres postgres = new EmbeddedPostgres(data.resolve("postgres-bin"), data.resolve("pgdata"), DB_PASSWORD);
    postgres.stop(); // a previous run killed hard may have left it running
    postgres.start(dbPort);
    postgres.ensureDatabase(dbPort, "jobbro");

    Path postBoot = ServerConfig.render(devenv.resolve("run-postboot.asadmin"),
        ServerConfig.localValues(dbPort, "jobbro", postgres.user(), postgres.password()),
        List.of(ServerConfig.domainProperty("jobbro.demo.enabled", "true"),
            // webhooks to a receiver on this machine, as in the README's example
            ServerConfig.domainProperty(WebhookUrl.ALLOWED_HOSTS, "127.0.0.1")), true);

    PayaraMicro micro = PayaraMicro.start(devenv, "run", war, httpPort, postBoot, null);
    Process payara = micro.process();

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        micro.stop();
        postgres.stop();
        System.out.println("[jobbro] Payara Micro and PostgreSQL stopped.");
      } catch (IOException | InterruptedException e) {
        System.err.println("[jobbro] could not stop PostgreSQL cleanly: " + e.getMessage());
      }
    }));

    String base = "http://localhost:" + httpPort;
    PayaraMicro.Readiness ready = micro.awaitReady(base);
    if (ready != null) {
      System.out.println("[jobbro] Payara Micro ready in " + ready);
      Path tokens = writeDemoTokens(data.resolve("demo-tokens.env"), base);
      int demoCases = new DemoData(base).loadIfEmpty(LocalDate.now(ClockProducer.DANISH_TIME));
      System.out.printf("""

          ================================================================================
           Jobbro is up (%d s). PostgreSQL data: %s (demo cases added now: %d)
             API base     %s/api/v1
             OpenAPI      %s/openapi
             Swagger UI   %s/swagger-ui/
             Dashboard    %s/dashboard/#token=$MINISTRY_ANALYST (paste the token from the file below)
             Health       %s/health/ready
           Demo tokens (12 h, demo key only; every role and kommune) are in %s:
             source %s
             curl -H "Authorization: Bearer $CASEWORKER_101" %s/api/v1/cases
           Ctrl-C stops Payara Micro and PostgreSQL.
          ================================================================================
          %n""", (System.nanoTime() - started) / 1_000_000_000, data.resolve("pgdata"), demoCases, base, base, base, base, base,
          tokens, tokens, base);
    }
    System.exit(payara.waitFor());
  }

  /**
   * Demo tokens for every role: a caseworker, a consultant, a team lead, a privacy officer and an integration for
   * each of the 98 kommuner, and the rest.
   */
  private static Path writeDemoTokens(Path file, String base) throws IOException, InterruptedException {
    DemoTokens mint = new DemoTokens();
    Duration validity = Duration.ofHours(12);
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("SENDER_REDCROSS", mint.sender("dansk-roede-kors", validity));
    tokens.put("MINISTRY_ANALYST", mint.plain("ministry-analyst", validity));
    tokens.put("ADMIN", mint.plain("admin", validity));
    tokens.put("AUDITOR", mint.plain("auditor", validity));
    for (String kommune : kommuneKoder(base, tokens.get("ADMIN"))) {
      tokens.put("CASEWORKER_" + kommune, mint.kommuneUser("caseworker", kommune, validity));
      tokens.put("CONSULTANT_" + kommune, mint.kommuneUser("employer-consultant", kommune, validity));
      tokens.put("TEAM_LEAD_" + kommune, mint.kommuneUser("team-lead", kommune, validity));
      tokens.put("PRIVACY_OFFICER_" + kommune, mint.kommuneUser("privacy-officer", kommune, validity));
      tokens.put("INTEGRATION_" + kommune, mint.kommuneUser("kommune-integration", kommune, validity));
    }
    StringBuilder env = new StringBuilder("# Demo bearer tokens; only a server with the demo public key accepts them.\n");
    tokens.forEach((name, token) -> env.append("export ").append(name).append('=').append(token).append('\n'));
    Files.createDirectories(file.getParent());
    return Files.writeString(file, env);
  }

  /** The kommunekoder, read from the running API itself. */
  private static List<String> kommuneKoder(String base, String token) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
        + "/api/v1/kommuner")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    List<String> koder = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"kode\":\"(\\d{3})\"").matcher(r.body());
    while (m.find()) {
      koder.add(m.group(1));
    }
    return koder;
  }
}
