package dk.jobbro.devenv;

import dk.jobbro.app.cors.CorsPolicy;
import dk.jobbro.app.events.WebhookUrl;
import dk.jobbro.app.metrics.BusinessGauges;
import dk.jobbro.app.privacy.RetentionJobs;
import dk.jobbro.app.schedule.OncePerScheduleInterceptor;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.probe.SwitchedOffScheduleProbe;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Starts and stops what the in-container tests run on: a fresh PostgreSQL and a Payara Server domain configured with
 * {@code server-config/jobbro.asadmin}, with the shared WAR deployed. Maven runs {@code boot} in a JVM of its own as
 * soon as the war module's main classes are compiled, beside the rest of the war's build and its unit tests, from
 * classes compiled for it alone (target/it-boot-classes: the later test compilation rewrites target/test-classes while
 * the boot runs); the boot deploys the WAR once Maven says it is packaged. {@code start} in pre-integration-test waits
 * for that boot and takes the environment over ({@link BootHandshake}); {@code stop} in post-integration-test stops
 * it (see modules/war/pom.xml).
 */
public final class ItEnvironment {

  /** The one page origin the test domain lets call the API from a browser (CORS). */
  public static final String CORS_TEST_ORIGIN = "https://sag.example-kommune.dk";

  /** The name of the WAR deployed once, at the context root, for the black-box tests. */
  static final String SHARED_DEPLOYMENT = "jobbro-shared";

  /** The context root of the WAR with the test probes, deployed once beside it (Deployments.withProbes). */
  static final String PROBE_CONTEXT_ROOT = "/" + Deployments.PROBES_NAME;
  /** Where the boot notes the ports it chose, for failsafe to hand to the test JVMs (war POM). */
  private static final String PORTS_FILE = "it-ports.properties";

  /** What the test domain sets on top of server-config/jobbro.asadmin, each for the tests named beside it. */
  private static final List<String> TEST_DOMAIN_SETTINGS = List.of(
      // one page origin that may call the API from a browser (CORS), for HttpSemanticsIT
      ServerConfig.domainProperty(CorsPolicy.ALLOWED_ORIGINS, CORS_TEST_ORIGIN),
      // a second, older encryption key, so EncryptionIT can store values under it and rotate them away
      ServerConfig.domainProperty(LocalKeys.PREVIOUS_KEY_PROPERTY, LocalKeys.PREVIOUS_KEY),
      // webhook receivers of WebhooksIT and WebhookBench listen on loopback, which only an allowed host may be (the
      // rule against server-side request forgery, WebhookUrl)
      ServerConfig.domainProperty(WebhookUrl.ALLOWED_HOSTS, "127.0.0.1"),
      // OperationsIT waits for the business gauges to show what it just wrote: a second instead of production's 10
      ServerConfig.domainProperty(BusinessGauges.MAX_AGE_PROPERTY, "PT1S"),
      // Webhook retries for WebhooksIT: 3 attempts, 200 ms apart. For both deployments, as every instance of a
      // cluster has the same settings: the shared WAR's worker claims due deliveries from the same table, and with
      // production's 10 attempts it once retried one of the webhook test's past the 3 the test expects (5, under load).
      ServerConfig.domainProperty("jobbro.webhooks.max-attempts", "3"),
      ServerConfig.domainProperty("jobbro.webhooks.backoff-initial", "PT0.2S"),
      ServerConfig.domainProperty("jobbro.webhooks.backoff-max", "PT0.4S"),
      // No nightly retention (03:17, 03:27) in a run that crosses it: with the probe deployment's periods of seconds it
      // would erase access-log rows and cases that tests count. PrivacyIT asks for its retention runs over the API,
      // which the switch does not affect. For both deployments: they claim the runs of one database.
      ServerConfig.domainProperty(OncePerScheduleInterceptor.enabledProperty(RetentionJobs.PERSONAL_DATA_JOB), "false"),
      ServerConfig.domainProperty(OncePerScheduleInterceptor.enabledProperty(RetentionJobs.ACCESS_LOG_JOB), "false"),
      // ScheduledJobsIT sees a job switched off by a domain setting, as the two above are, skip its runs
      ServerConfig.domainProperty(OncePerScheduleInterceptor.enabledProperty(SwitchedOffScheduleProbe.JOB), "false"));

  /**
   * Deploys the WAR with the test probes into the running test domain; ProbeDeployment calls it in a test JVM, once
   * the black-box classes that must see the shared WAR alone have run. Not at the environment's start: Payara serves
   * /health and /metrics server-wide, so with two deployments of the application every check and every metric is
   * there twice. Notes that it is deployed, for the probe classes' JVM ({@link #probeWarDeployed}).
   */
  public static void deployProbeWar() throws IOException, InterruptedException {
    Path devenv = Path.of(System.getProperty("devenv.dir"));
    PayaraServerDomain payara = testDomain();
    StartPhases phases = new StartPhases(payara.pidFile());
    Path probes = devenv.resolve(Deployments.PROBES_NAME + ".war");
    Deployments.withProbes().as(ZipExporter.class).exportTo(probes.toFile(), true);
    payara.deploy(probes, Deployments.PROBES_NAME, PROBE_CONTEXT_ROOT);
    phases.done("probe WAR built, deployed");
    Files.writeString(probesDeployedFile(), payara.serverPid() + "\n");
  }

  /**
   * Whether the probe WAR is deployed in the running test domain: the note {@link #deployProbeWar} left names that
   * server process (a note of an earlier build names another).
   */
  public static boolean probeWarDeployed() {
    try {
      Path note = probesDeployedFile();
      long server = testDomain().serverPid();
      return server > 0 && Files.exists(note) && Files.readString(note).strip().equals(Long.toString(server));
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static Path probesDeployedFile() {
    return Path.of(System.getProperty("devenv.dir")).resolve("it-probes.deployed");
  }

  /**
   * The domain the boot started, on the port base it chose: the base it wrote to it-ports.properties, since a
   * {@code -Dit.payara.portbase} on Maven's command line reaches the test JVMs ahead of that file and names the base
   * the boot found taken and moved away from.
   */
  private static PayaraServerDomain testDomain() throws IOException {
    Properties ports = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("devenv.dir")).resolve(PORTS_FILE))) {
      ports.load(in);
    }
    return new PayaraServerDomain(Path.of(System.getProperty("it.payara.dir")),
        Integer.parseInt(ports.getProperty("it.payara.portbase")));
  }

  /** Set when the build that started the boot has ended without taking the environment over. */
  private static final AtomicBoolean ABANDONED = new AtomicBoolean();

  private ItEnvironment() {}

  /** Between the boot's steps: a build that has ended needs no next step. */
  private static void unlessAbandoned(BootHandshake handshake) {
    if (ABANDONED.get() || handshake.buildEnded()) {
      throw new CancellationException("the build ended before it needed the test environment");
    }
  }

  public static void main(String[] args) throws Exception {
    Path devenv = Path.of(System.getProperty("devenv.dir"));
    Path payaraDir = Path.of(System.getProperty("it.payara.dir"));
    int wantedPortBase = Integer.parseInt(System.getProperty("it.payara.portbase"));
    EmbeddedPostgres postgres = new EmbeddedPostgres(devenv.resolve("postgres"), devenv.resolve("it-pgdata"), "it");

    switch (args.length == 1 ? args[0] : "") {
      case "boot" -> {
        awaitEarlierBoot(devenv);
        BootHandshake handshake = new BootHandshake(devenv);
        handshake.bootStarting();
        CountDownLatch bootEnded = new CountDownLatch(1);
        // The build ended before it needed the environment (a unit test failed, mvn test, Ctrl-C): nothing may stay
        // running. A boot cut off half-way would leave what it is starting (asadmin start-domain runs on without this
        // JVM), so the boot finishes the step it is in, gives up before the next, and then all is stopped; the Maven
        // JVM does not wait for that.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          if (!handshake.takenOver()) {
            ABANDONED.set(true);
            try {
              bootEnded.await(BootHandshake.BOOT_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            stop(payaraDir, wantedPortBase, postgres);
          }
        }));
        boolean ready = false;
        try {
          boot(devenv, payaraDir, wantedPortBase, postgres, handshake);
          handshake.bootReady();
          ready = true;
        } catch (Exception | Error e) {
          e.printStackTrace();
          handshake.bootFailed(e);
        } finally {
          bootEnded.countDown();
        }
        System.exit(ready && handshake.awaitTakeOver() ? 0 : 1);
      }
      case "start" -> {
        long waiting = System.nanoTime();
        new BootHandshake(devenv).takeOver();
        System.out.printf("[jobbro-it] test environment taken over from its boot (waited %.1f s for it)%n",
            (System.nanoTime() - waiting) / 1e9);
      }
      case "stop" -> stop(payaraDir, wantedPortBase, postgres);
      default -> throw new IllegalArgumentException("usage: ItEnvironment boot|start|stop");
    }
  }

  /** Held for the boot JVM's whole life, its shutdown hook included, so that the next build's boot can wait for it. */
  private static FileChannel bootLock;

  /**
   * Waits until no earlier boot runs in this checkout. A boot whose build ended early (a compile error, Ctrl-C)
   * finishes the step it is in and then stops the PostgreSQL in it-pgdata and the domain in it-payara: were the next
   * build's boot already under way, those would be its own. The lock is the operating system's, so a boot that died
   * holds none.
   */
  private static void awaitEarlierBoot(Path devenv) throws IOException, InterruptedException {
    Path file = devenv.resolve("it-boot.lock");
    bootLock = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long giveUp = System.nanoTime() + BootHandshake.BOOT_TIMEOUT.toNanos();
    boolean told = false;
    while (bootLock.tryLock() == null) {
      if (!told) {
        System.out.println("[jobbro-it] an earlier build's test environment is still stopping; waiting for it");
        told = true;
      }
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("an earlier build's test environment boot still holds " + file + " after "
            + BootHandshake.BOOT_TIMEOUT + ": end that JVM (ItEnvironment boot)");
      }
      Thread.sleep(200);
    }
  }

  /**
   * PostgreSQL, the domain and the shared WAR. Only the last step needs the WAR and none needs a test result, so the
   * war POM runs it in a JVM of its own (exec:exec, asynchronously) right after the main classes are compiled, beside
   * the OpenAPI document, the client generator, the test compilation and the war's unit tests, which are
   * single-threaded most of the time; {@code start} in pre-integration-test waits for it ({@link BootHandshake}).
   */
  private static void boot(Path devenv, Path payaraDir, int wantedPortBase, EmbeddedPostgres postgres,
      BootHandshake handshake) throws Exception {
    long started = System.nanoTime();
    StartPhases phases = new StartPhases(new PayaraServerDomain(payaraDir, wantedPortBase).pidFile());
    postgres.stop();
    Os.deleteRecursively(devenv.resolve("it-pgdata"));
    // with its log, which pg_ctl would append to: ClearCprScanIT reads this run's
    Files.deleteIfExists(devenv.resolve("it-pgdata.log"));
    // a fresh database: the CPR and CVR numbers and occupation codes the last run's tests drew (TestCpr, TestCvr,
    // TestOccupations) are gone with it
    for (String issued : List.of("issued-cprs.txt", "issued-cvrs.txt", "issued-occupations.txt")) {
      Files.deleteIfExists(devenv.resolve(issued));
    }
    int port = EmbeddedPostgres.freePort();
    // PostgreSQL starts beside the unpacking of Payara (Maven's, after this boot was started) and the domain's boot,
    // which needs no more than its port: the connection pool the boot creates connects when the shared WAR first uses
    // it.
    CompletableFuture<Void> database = CompletableFuture.runAsync(() -> {
      try {
        long starting = System.nanoTime();
        // pg_stat_statements lets StatementCountIT count what one request sends to the database
        postgres.start(port, "-c shared_preload_libraries=pg_stat_statements");
        postgres.ensureDatabase(port, "jobbro");
        System.out.printf("[jobbro-it] PostgreSQL 17 started on 127.0.0.1:%d (database jobbro) in %.1f s, beside "
            + "the domain's boot%n", port, (System.nanoTime() - starting) / 1e9);
      } catch (IOException | InterruptedException | SQLException e) {
        throw new CompletionException(e);
      }
    });
    try {
      awaitPayaraUnpacked(payaraDir, handshake);
    } catch (RuntimeException | IOException | InterruptedException e) {
      settle(database);
      throw e;
    }
    phases.done("waited for Payara's unpacking");
    new PayaraServerDomain(payaraDir, wantedPortBase).stopQuietly(); // this build's own domain, if left running
    int portBase = PayaraServerDomain.freePortBase(wantedPortBase);
    if (portBase != wantedPortBase) {
      System.out.printf("[jobbro-it] ports of base %d are in use (another server or build, or the closing connections"
          + " of one that just ended); using base %d%n",
          wantedPortBase, portBase);
    }
    PayaraServerDomain payara = new PayaraServerDomain(payaraDir, portBase);
    // failsafe hands these to the tests (systemPropertiesFile), so Arquillian finds the domain where it runs
    String http = "http://localhost:" + payara.httpPort();
    Files.writeString(devenv.resolve(PORTS_FILE),
        "it.payara.portbase=" + portBase + "\nit.payara.adminPort=" + payara.adminPort()
            + "\nit.shared.url=" + http + "/\nit.probes.url=" + http + PROBE_CONTEXT_ROOT + "/\n");
    // The black-box tests read the database directly to check what the API wrote (access log, for example).
    Files.writeString(devenv.resolve("it-env.properties"), "db.url=" + EmbeddedPostgres.jdbcUrl(port, "jobbro")
        + "\ndb.user=" + postgres.user() + "\ndb.password=" + postgres.password() + "\n");
    Path commands = ServerConfig.render(devenv.resolve("it-domain.asadmin"),
        ServerConfig.localValues(port, "jobbro", postgres.user(), postgres.password()), TEST_DOMAIN_SETTINGS);
    try {
      unlessAbandoned(handshake);
      payara.createAndStart(devenv.resolve("postgresql.jar"), ServerConfig.splitForBoot(commands));
      payara.awaitHttp();
    } catch (RuntimeException | IOException | InterruptedException e) {
      settle(database);
      throw e;
    }
    database.join();
    phases.done("PostgreSQL, domain started");
    // One deployment of the real WAR for every black-box test class (SharedDeployment): deploying it again per
    // class cost about 7 s each. It sits at the context root, as server-config/README.md deploys it, where
    // /health and /metrics are the application's own.
    // The boot started before the WAR was packaged: the domain needs no WAR.
    handshake.awaitStep(BootHandshake.WAR_BUILT, () -> unlessAbandoned(handshake));
    phases.done("waited for the WAR");
    payara.deploy(Path.of(System.getProperty("jobbro.war")), SHARED_DEPLOYMENT, "/");
    phases.done("shared WAR deployed");
    System.out.printf("[jobbro-it] Payara Server domain %s up (admin %d, http %d) in %d ms%n",
        PayaraServerDomain.NAME, payara.adminPort(), payara.httpPort(), (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Lets PostgreSQL's start, started beside a step that failed (or was given up), come to its end, whatever that is:
   * the stop that follows must not look for a server that is still starting and miss it.
   */
  private static void settle(CompletableFuture<Void> database) {
    database.handle((started, failed) -> null).join();
  }

  /**
   * Waits for maven-dependency-plugin's marker of this Payara version (it-payara.version), which the plugin writes
   * once the distribution is unpacked whole and by which it skips unpacking again in a build without a clean.
   */
  private static void awaitPayaraUnpacked(Path payaraDir, BootHandshake handshake)
      throws IOException, InterruptedException {
    String marker = "-" + System.getProperty("it.payara.version") + ".marker";
    Path markers = payaraDir.resolve(".markers");
    BootHandshake.await("Payara unpacked", () -> {
      if (!Files.isDirectory(markers)) {
        return false;
      }
      try (var files = Files.list(markers)) {
        return files.anyMatch(f -> f.getFileName().toString().endsWith(marker));
      }
    }, () -> unlessAbandoned(handshake));
  }

  private static void stop(Path payaraDir, int wantedPortBase, EmbeddedPostgres postgres) {
    try {
      PayaraServerDomain payara = new PayaraServerDomain(payaraDir, wantedPortBase);
      payara.printServerCpu();
      payara.stopQuietly(); // stopped by its directory, not its ports
      postgres.stop();
      System.out.println("[jobbro-it] Payara Server and PostgreSQL stopped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
