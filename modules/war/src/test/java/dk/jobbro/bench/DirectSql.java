package dk.jobbro.bench;

import dk.jobbro.reporting.control.ReportSql;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a report's SQL ({@link ReportSql}, the very text the application runs) without the application: over JDBC
 * with the same driver and bound parameter types as Hibernate, with EXPLAIN (ANALYZE), and in psql with the
 * parameters written as literals.
 */
final class DirectSql {

  private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
  private static final Pattern PSQL_TIME = Pattern.compile("^Time: ([0-9.]+) ms", Pattern.MULTILINE);

  private final Connection db;

  DirectSql(Connection db) {
    this.db = db;
  }

  /** Runs the query and reads every cell, like the application does; answers the number of rows. */
  int run(ReportSql report) throws SQLException {
    try (PreparedStatement statement = report.prepare(db)) {
      int rows = 0;
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
      return rows;
    }
  }

  /** EXPLAIN (ANALYZE, BUFFERS): the plan as text; {@link #executionMillis} reads its execution time. */
  String explainAnalyze(ReportSql report) throws SQLException {
    ReportSql explain = new ReportSql("explain (analyze, buffers) " + report.sql(), report.parameters());
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement statement = explain.prepare(db)) {
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  static double executionMillis(String plan) {
    Matcher m = EXECUTION_TIME.matcher(plan);
    if (!m.find()) {
      throw new IllegalStateException("no execution time in the plan:\n" + plan);
    }
    return Double.parseDouble(m.group(1));
  }

  /**
   * Runs the query {@code times} times in one psql session (\timing, output discarded) and answers each "Time:"
   * psql printed, or nothing when no psql client is found.
   */
  static Optional<double[]> psql(Path psql, String jdbcUrl, String user, String password, ReportSql report,
      int times) throws IOException, InterruptedException {
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
    if (!url.find()) {
      throw new IllegalArgumentException("unexpected JDBC URL " + jdbcUrl);
    }
    StringBuilder script = new StringBuilder("\\timing on\n\\o /dev/null\n");
    String query = literal(report) + ";\n";
    script.append(query.repeat(times));
    Path file = Files.createTempFile("report-bench", ".sql");
    try {
      Files.writeString(file, script, StandardCharsets.UTF_8);
      ProcessBuilder builder = new ProcessBuilder(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
          "-h", url.group(1), "-p", url.group(2), "-U", user, "-d", url.group(3), "-f", file.toString())
          .redirectErrorStream(true);
      builder.environment().put("PGPASSWORD", password);
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("psql failed: " + out);
      }
      Matcher time = PSQL_TIME.matcher(out);
      List<Double> millis = new ArrayList<>();
      while (time.find()) {
        millis.add(Double.parseDouble(time.group(1)));
      }
      return Optional.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The SQL with each parameter written as a typed literal, for psql. */
  static String literal(ReportSql report) {
    return report.withParameters(name -> {
      Object value = report.parameters().get(name);
      if (value instanceof LocalDate d) {
        return "date '" + d + "'";
      } else if (value instanceof OffsetDateTime t) {
        return "timestamptz '" + t + "'";
      } else if (value instanceof String s) {
        return "'" + s.replace("'", "''") + "'";
      } else if (value instanceof Number n) {
        return n.toString();
      }
      throw new IllegalArgumentException("no literal for :" + name + " = " + value);
    });
  }
}
