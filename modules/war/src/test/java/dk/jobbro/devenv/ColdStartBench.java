package dk.jobbro.devenv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cold start to ready, measured: starts Payara Micro with the freshly built WAR as the quick start does, waits for
 * {@code /health/ready}, stops it, and again. First on an empty database (each run gets a new one, so Flyway applies
 * every migration), then on the database the last of those left behind (already migrated: the usual second start).
 * Prints each run and the median of wall and CPU time. Uses a PostgreSQL cluster of its own
 * ({@code .jobbro/coldstart-pgdata}), so a running quick start and its demo data are left alone. Run by
 * {@code bench/cold-start.sh}.
 */
public final class ColdStartBench {

  private static final String DATABASE = "jobbro_coldstart";

  private ColdStartBench() {}

  public static void main(String[] args) throws Exception {
    Path war = Path.of(args[0]);
    Path devenv = Path.of(System.getProperty("devenv.dir"));
    Path data = ServerConfig.home().resolve(".jobbro");
    int httpPort = Integer.getInteger("jobbro.http.port", 8080);
    int dbPort = Integer.getInteger("jobbro.db.port", 54329);
    int runs = Integer.getInteger("jobbro.coldstart.runs", 3);

    EmbeddedPostgres postgres = new EmbeddedPostgres(data.resolve("postgres-bin"), data.resolve("coldstart-pgdata"),
        "jobbro-dev");
    postgres.stop();
    postgres.start(dbPort);
    try {
      Path postBoot = ServerConfig.render(devenv.resolve("coldstart-postboot.asadmin"),
          ServerConfig.localValues(dbPort, DATABASE, postgres.user(), postgres.password()), List.of(), true);
      String base = "http://localhost:" + httpPort;
      System.out.println("[coldstart] JVM options: "
          + System.getProperty("jobbro.run.jvm-options", PayaraMicro.QUICK_START_JVM_OPTIONS));

      List<PayaraMicro.Readiness> empty = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        postgres.recreateDatabase(dbPort, DATABASE);
        empty.add(measure("empty database", run, devenv, war, httpPort, postBoot, base));
      }
      List<PayaraMicro.Readiness> migrated = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        migrated.add(measure("migrated database", run, devenv, war, httpPort, postBoot, base));
      }
      System.out.println("[coldstart] median of " + runs + ", empty database:    " + median(empty));
      System.out.println("[coldstart] median of " + runs + ", migrated database: " + median(migrated));
    } finally {
      postgres.stop();
    }
  }

  private static PayaraMicro.Readiness measure(String what, int run, Path devenv, Path war, int httpPort,
      Path postBoot, String base) throws Exception {
    Path log = devenv.resolve("coldstart-" + what.replace(' ', '-') + "-" + run + ".log");
    PayaraMicro micro = PayaraMicro.start(devenv, "coldstart", war, httpPort, postBoot, log);
    try {
      PayaraMicro.Readiness ready = micro.awaitReady(base);
      if (ready == null) {
        throw new IllegalStateException("Payara Micro ended before it was ready; see " + log);
      }
      System.out.println("[coldstart] " + what + ", run " + run + ": ready in " + ready + " (log " + log + ")");
      return ready;
    } finally {
      micro.stop();
    }
  }

  /** The median wall time and the median CPU time, each taken on its own. */
  private static PayaraMicro.Readiness median(List<PayaraMicro.Readiness> runs) {
    return new PayaraMicro.Readiness(medianOf(runs, PayaraMicro.Readiness::wallMillis),
        medianOf(runs, PayaraMicro.Readiness::cpuMillis));
  }

  /** The median of one measure over runs (the upper middle one for an even count). */
  static <T> long medianOf(List<T> runs, ToLongFunction<T> value) {
    List<T> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(value));
    return value.applyAsLong(sorted.get(sorted.size() / 2));
  }
}
