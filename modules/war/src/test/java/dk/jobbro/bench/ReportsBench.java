package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.it.Api;
import dk.jobbro.it.DanishDate;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.ItDatabase;
import dk.jobbro.it.Tokens;
import dk.jobbro.reporting.control.ReportSql;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of speed: every report over a national data set ({@link NationalDataSet}: 100,000 persons,
 * about a million offers and events), for a typical national query (the year 2017) as the ministry's analyst, warm,
 * over real HTTP as JSON; and the same SQL ({@link ReportSql}) straight over JDBC, with EXPLAIN (ANALYZE), and in
 * psql when a client is found. Prints median and p95 per report and writes the plans to
 * {@code target/reports-bench-plans.txt}. Asserts only that the answers make sense, never a time. Run with
 * {@code mvn verify -Pbench -Dit.test=ReportsBench}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBench {

  private static final int WARMUP = 10;
  private static final int MEASURED = 30;
  private static final int EXPLAINS = 5;
  private static final int PSQL_RUNS = 10;

  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
  private static final LocalDate TO = LocalDate.of(2017, 12, 31);
  private static final LocalDate TODAY = DanishDate.today();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  /** A report: its HTTP request, the SQL the application runs for it, and what a sane answer looks like. */
  private record Bench(String name, String path, List<ReportSql> sql, Consumer<JsonObject> sanity) {}

  private record Result(String name, double[] http, double[] jdbc, double explain, double[] psql) {}

  @Test
  void everyReportOverANationalDataSet() throws Exception {
    try (Connection db = ItDatabase.connect()) {
      long start = System.nanoTime();
      Map<String, Long> loaded = new NationalDataSet().load(db);
      double seconds = (System.nanoTime() - start) / 1e9;
      long total = loaded.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf("[bench] national data set loaded in %.1f s (incl. analyze): %,d rows %s%n", seconds, total,
          loaded);
      try {
        List<Result> results = new ArrayList<>();
        StringBuilder plans = new StringBuilder();
        Optional<Path> psql = psql();
        for (Bench bench : benches()) {
          results.add(measure(bench, db, psql, plans));
        }
        Path planFile = Path.of(System.getProperty("jobbro.war", "target/jobbro.war"))
            .resolveSibling("reports-bench-plans.txt");
        Files.writeString(planFile, plans);
        print(results, psql, planFile);
      } finally {
        NationalDataSet.remove(db);
      }
    }
  }

  private Result measure(Bench bench, Connection db, Optional<Path> psql, StringBuilder plans) throws Exception {
    Api api = new Api(base);
    String token = Tokens.ministryAnalyst();
    Api.Reply first = api.get(bench.path(), token);
    assertThat(first.status()).as(bench.name() + ": " + first).isEqualTo(200);
    bench.sanity().accept(first.json());
    for (int i = 1; i < WARMUP; i++) {
      assertThat(api.get(bench.path(), token).status()).isEqualTo(200);
    }
    double[] http = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long t = System.nanoTime();
      Api.Reply reply = api.get(bench.path(), token);
      http[i] = (System.nanoTime() - t) / 1e6;
      assertThat(reply.status()).isEqualTo(200);
    }

    DirectSql direct = new DirectSql(db);
    for (int i = 0; i < WARMUP; i++) {
      for (ReportSql sql : bench.sql()) {
        direct.run(sql);
      }
    }
    double[] jdbc = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long t = System.nanoTime();
      for (ReportSql sql : bench.sql()) {
        direct.run(sql);
      }
      jdbc[i] = (System.nanoTime() - t) / 1e6;
    }
    double[] explain = new double[EXPLAINS];
    for (int i = 0; i < EXPLAINS; i++) {
      for (ReportSql sql : bench.sql()) {
        String plan = direct.explainAnalyze(sql);
        explain[i] += DirectSql.executionMillis(plan);
        if (i == EXPLAINS - 1) {
          plans.append("==== ").append(bench.name()).append(' ').append(sql.parameters()).append('\n')
              .append(sql.sql()).append("\n\n").append(plan).append('\n');
        }
      }
    }
    double[] psqlMillis = null;
    if (psql.isPresent()) {
      psqlMillis = new double[PSQL_RUNS];
      for (ReportSql sql : bench.sql()) {
        double[] times = DirectSql.psql(psql.get(), ItDatabase.url(), ItDatabase.user(), ItDatabase.password(), sql,
            PSQL_RUNS).orElseThrow();
        assertThat(times).hasSize(PSQL_RUNS);
        for (int i = 0; i < PSQL_RUNS; i++) {
          psqlMillis[i] += times[i];
        }
      }
      // the first run in a fresh psql session plans cold; report the warm ones
      psqlMillis = Arrays.copyOfRange(psqlMillis, 1, PSQL_RUNS);
    }
    return new Result(bench.name(), http, jdbc, median(explain), psqlMillis);
  }

  /** The reports, each for a typical national query about 2017, as the Reports boundary turns it into SQL. */
  private static List<Bench> benches() {
    return List.of(
        new Bench("igu-placements", "api/v1/reports/igu-placements?from=2017-01-01&to=2017-12-31",
            List.of(ReportSql.iguStarts(FROM, TO)),
            r -> {
              perKommune(r);
              assertThat(r.getJsonObject("total").getJsonNumber("total").longValue()).isPositive();
              assertThat(r.getJsonObject("summary").getJsonNumber("kommunerWithNone").longValue()).isPositive();
            }),
        new Bench("igu-targets", "api/v1/reports/igu-targets?year=2017",
            List.of(ReportSql.iguTargets(2017, TO)),
            r -> {
              assertThat(r.getJsonArray("rows")).hasSizeGreaterThanOrEqualTo(8);
              assertThat(r.getJsonObject("total").getJsonNumber("actual").longValue()).isPositive();
            }),
        new Bench("programme-development", "api/v1/reports/programme-development?from=2017-01&to=2017-12",
            List.of(ReportSql.programmeRecipients(LocalDate.of(2017, 1, 31), TO, 2017)),
            r -> {
              perKommune(r);
              assertThat(r.getJsonArray("rows").stream().map(JsonObject.class::cast)
                  .anyMatch(row -> row.getJsonNumber("change").longValue() != 0)).isTrue();
            }),
        new Bench("self-supporting", "api/v1/reports/self-supporting?year=2017",
            List.of(ReportSql.selfSupporting(FROM, TO.plusDays(1))),
            r -> {
              perKommune(r);
              assertThat(r.getJsonObject("total").getJsonNumber("total").longValue()).isPositive();
            }),
        new Bench("first-offer-compliance", "api/v1/reports/first-offer-compliance?from=2017-01-01&to=2017-12-31",
            List.of(ReportSql.takeovers(FROM, TO, TODAY, LocalDate.of(2020, 12, 31))),
            r -> {
              perKommune(r);
              assertThat(r.getJsonObject("total").getJsonNumber("total").longValue()).isPositive();
            }),
        new Bench("handover-quality", "api/v1/reports/handover-quality?from=2017-01-01&to=2017-12-31",
            List.of(ReportSql.handoverQuality(FROM, TO)),
            r -> {
              perKommune(r);
              assertThat(r.getJsonObject("total").getJsonNumber("total").longValue()).isPositive();
            }),
        new Bench("igu-pipeline", "api/v1/reports/igu-pipeline?from=2017-01-01&to=2017-12-31",
            List.of(ReportSql.iguStarts(FROM, TO), ReportSql.bonusDue(TO)),
            r -> {
              perKommune(r);
              assertThat(r.getJsonObject("total").getJsonNumber("total").longValue()).isPositive();
            }),
        new Bench("employment-after-3-years", "api/v1/reports/employment-after-3-years?on=2020-12-31",
            List.of(ReportSql.takeovers(FROM, TO, TODAY, LocalDate.of(2020, 12, 31))),
            r -> {
              perKommune(r);
              assertThat(r.getJsonObject("total").getJsonNumber("total").longValue()).isPositive();
            }));
  }

  private static void perKommune(JsonObject report) {
    assertThat(report.getJsonArray("rows")).as(report.getString("report")).hasSize(98);
  }

  private static void print(List<Result> results, Optional<Path> psql, Path planFile) {
    System.out.printf("[bench] reports over %,d persons, %d warm-up + %d measured calls each; ministry analyst, "
        + "JSON; times in ms%n", NationalDataSet.PERSONS, WARMUP, MEASURED);
    System.out.printf("[bench] %-26s %12s %10s %12s %10s %13s %12s%n", "report", "HTTP median", "HTTP p95",
        "JDBC median", "JDBC p95", "EXPLAIN exec", "psql median");
    for (Result r : results) {
      System.out.printf("[bench] %-26s %12.1f %10.1f %12.1f %10.1f %13.1f %12s%n", r.name(), median(r.http()),
          p95(r.http()), median(r.jdbc()), p95(r.jdbc()), r.explain(),
          r.psql() == null ? "n/a" : String.format("%.1f", median(r.psql())));
    }
    System.out.println("[bench] psql: " + psql.map(Path::toString).orElse("no client found") + "; plans in "
        + planFile);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static double p95(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
  }

  /** psql from the embedded PostgreSQL's binaries if they have it (zonky's do not), else from the PATH. */
  private static Optional<Path> psql() {
    Path devenv = Path.of(System.getProperty("jobbro.war", "target/jobbro.war")).resolveSibling("devenv");
    Stream<Path> candidates = Stream.concat(Stream.of(devenv.resolve("postgres/bin/psql")),
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).map(dir -> Path.of(dir, "psql")));
    return candidates.filter(Files::isExecutable).findFirst();
  }
}
