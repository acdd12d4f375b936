package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * No CPR number lies in the database in clear. The test first does what puts CPR numbers into Jobbro — registers,
 * reads and searches cases, submits, amends and takes over handovers (one with health information, one with the CPR
 * number given only at takeover, a batch), each create under an Idempotency-Key — and then reads the whole database:
 *
 * <ul>
 *   <li>every row of every table in every schema but PostgreSQL's own, as the row's text ({@code t::text}, which
 *       holds every column of every type: text, char, varchar, json, jsonb, arrays) plus each bytea column as text;
 *   <li>the definitions a dump holds besides rows: views, functions, column defaults and comments;
 *   <li>a {@code pg_dump} of the database, when a pg_dump of the server's major version or newer is on the PATH or
 *       named by {@code -Djobbro.it.pg-dump}. The embedded PostgreSQL (zonky binaries) ships only initdb, pg_ctl and
 *       postgres, so usually there is none; the two scans above read what a dump would hold.
 * </ul>
 *
 * <p>The build runs it after every other in-container test (a failsafe execution of its own, see the war's pom), so
 * it reads what the whole suite wrote. It looks for every number {@link TestCpr} handed out in the run (every test
 * class's, through the numbers file), with and without the dash, and for anything shaped like a CPR number in clear: 6 + 4
 * digits (dash optional) not inside a longer run of letters or digits, whose first six are a real date. Both must be
 * absent. The one column left out is Flyway's migration checksum (an integer that can look like one). Journal notes
 * and other free text are included: a caseworker could type a CPR number into a note, which no encryption of known
 * columns prevents, but none of the tests does.
 *
 * <p>Then the logs the suite's servers wrote: every file in the test domain's log folder (the server log, rotated
 * or not, and access logs if any) and the test PostgreSQL's log, read for the same numbers and shapes. Nothing
 * else checks that a CPR number never reaches a log, and the suite sends thousands, in good requests and bad ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the logs last, so that they hold the first test's requests
class ClearCprScanIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "326"; // Kalundborg, this test's
  private static final String CW = Tokens.caseworker(KOMMUNE);
  private static final String REDCROSS = Tokens.sender("redcross");
  private static final Pattern CPR_SHAPED = Pattern.compile("(?<![0-9A-Za-z])([0-9]{6})-?([0-9]{4})(?![0-9A-Za-z])");
  /** {@link #CPR_SHAPED} for PostgreSQL's regular expressions, which have the same look-behind and look-ahead. */
  private static final String CPR_SHAPED_SQL = "(?<![0-9A-Za-z])[0-9]{6}-?[0-9]{4}(?![0-9A-Za-z])";

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  @Test
  @Order(1)
  void afterCasesAndHandoversTheDatabaseHoldsNoCprNumberInClear() throws Exception {
    submitPersonalData();
    Set<String> needles = issuedNumbers();

    List<String> found = new ArrayList<>();
    long rows = 0;
    try (Connection c = ItDatabase.connect()) {
      c.setAutoCommit(false); // lets the driver stream big tables with a fetch size
      sqlPatternFindsWhatCprShapedFinds(c);
      for (Map.Entry<String, List<String>> table : tables(c).entrySet()) {
        // Flyway's history holds each migration's checksum, a 32-bit integer that can look like a CPR number (a
        // 10-digit number starting with a date); every other column of it is read
        List<String> texts = new ArrayList<>();
        texts.add(table.getKey().endsWith(".flyway_history")
            ? "concat_ws(' ', t.installed_rank, t.version, t.description, t.type, t.script, t.installed_by,"
                + " t.installed_on, t.execution_time, t.success)" : "t::text");
        table.getValue().forEach(bytea -> texts.add("encode(t." + bytea + ", 'escape')"));
        rows += count(c, "select count(*) from " + table.getKey());
        // PostgreSQL picks the rows with something CPR-shaped (the same pattern as CPR_SHAPED), so only those travel
        // and are read here; the other rows cannot hold a match
        String anyShaped = texts.stream().map(text -> text + " ~ '" + CPR_SHAPED_SQL + "'")
            .collect(Collectors.joining(" or "));
        try (Statement s = c.createStatement()) {
          s.setFetchSize(1000);
          try (ResultSet rs = s.executeQuery("select " + String.join(", ", texts) + " from " + table.getKey()
              + " t where " + anyShaped)) {
            while (rs.next()) {
              for (int i = 1; i <= texts.size(); i++) {
                scan(table.getKey(), rs.getString(i), needles, found);
              }
            }
          }
        }
      }
      for (String definition : definitions(c)) {
        scan("schema definitions", definition, needles, found);
      }
      c.rollback();
    }
    assertThat(rows).as("rows read").isPositive();
    assertThat(found).as("clear CPR numbers (table: kind) in " + rows + " rows").isEmpty();

    String dump = pgDump();
    if (dump != null) {
      List<String> inDump = new ArrayList<>();
      scan("pg_dump", dump, needles, inDump);
      assertThat(inDump).as("clear CPR numbers in the pg_dump").isEmpty();
    } else {
      System.out.println("[ClearCprScanIT] no pg_dump of the server's version available; scanned rows ("
          + rows + ") and definitions instead");
    }
  }

  @Test
  @Order(2)
  void theServersLogsHoldNoCprNumber() throws Exception {
    Set<String> needles = issuedNumbers();
    List<Path> logs = new ArrayList<>();
    try (var files = Files.list(Path.of(System.getProperty("it.payara.serverlog")).getParent())) {
      files.filter(Files::isRegularFile).forEach(logs::add);
    }
    logs.add(Path.of(System.getProperty("devenv.dir"), "it-pgdata.log"));
    List<String> found = new ArrayList<>();
    long bytes = 0;
    for (Path log : logs) {
      byte[] content = Files.readAllBytes(log);
      bytes += content.length;
      scan(log.getFileName().toString(), new String(content, StandardCharsets.UTF_8), needles, found);
    }
    assertThat(logs).extracting(log -> log.getFileName().toString()).contains("server.log", "it-pgdata.log");
    assertThat(bytes).as("bytes of log read").isPositive();
    assertThat(found).as("clear CPR numbers (log: kind) in " + logs).isEmpty();
  }

  /** Every CPR number the suite's tests drew, with and without its dash. */
  private static Set<String> issuedNumbers() {
    Set<String> issued = TestCpr.issued();
    assertThat(issued).hasSizeGreaterThanOrEqualTo(6);
    Set<String> needles = new TreeSet<>();
    issued.forEach(c -> {
      needles.add(c);
      needles.add(c.replace("-", ""));
    });
    return needles;
  }

  /** Everything this test puts in, each kind of write that carries a CPR number. */
  private void submitPersonalData() {
    String cpr = TestCpr.adult(true);
    Api.Reply created = create("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Yonas Tesfay", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, TODAY.minusDays(3)));
    String caseId = created.json().getString("id");
    assertThat(api().get("api/v1/cases/" + caseId + "?reveal=cpr", CW).json().getString("cpr")).isEqualTo(cpr);
    assertThat(api().post("api/v1/cases/search", CW, "{\"cpr\": \"" + cpr + "\"}").status()).isEqualTo(200);
    assertThat(api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Yonas Tesfay", "residenceBasis": "REFUGEE", "takeoverDate": "%s"}"""
        .formatted(cpr, TODAY.minusDays(3))).status()).isEqualTo(409);

    // a handover with health information, amended, then taken over: revisions, a case from a handover
    String withHealth = HandoverIT.handover(TestCpr.adult(false), KOMMUNE).replace("\"notes\"",
        "\"health\": {\"information\": \"Diabetes type 2, needs regular meals\", \"consent\": {\"purpose\":"
            + " \"job planning\", \"givenOn\": \"" + TODAY.minusDays(20) + "\"}}, \"notes\"");
    String handoverId = create("api/v1/handovers", REDCROSS, withHealth).json().getString("id");
    Api.Reply current = api().get("api/v1/handovers/" + handoverId, REDCROSS);
    Api.Reply amended = api().send(Api.request(api().uri("api/v1/handovers/" + handoverId), REDCROSS)
        .header("Content-Type", "application/json").header("If-Match", current.header("ETag").orElseThrow())
        .PUT(HttpRequest.BodyPublishers.ofString(withHealth.replace("Wants construction work", "Wants roofing"))));
    assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
    Api.Reply taken = api().post("api/v1/handovers/" + handoverId + "/takeover", CW, "{}");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);

    // a handover without a CPR number, which the kommune gives at takeover
    String noCpr = HandoverIT.handover(TestCpr.adult(true), KOMMUNE).replaceFirst("\"cpr\": \"[0-9-]+\"",
        "\"caseNumber\": \"UST-" + UUID.randomUUID().toString().substring(0, 8) + "\"");
    String noCprId = create("api/v1/handovers", REDCROSS, noCpr).json().getString("id");
    Api.Reply givenAtTakeover = api().post("api/v1/handovers/" + noCprId + "/takeover", CW,
        "{\"cpr\": \"" + TestCpr.adult(false) + "\"}");
    assertThat(givenAtTakeover.status()).as(givenAtTakeover.toString()).isEqualTo(200);

    // a batch, under a key (its answers are kept too)
    Api.Reply batch = api().send(Api.request(api().uri("api/v1/handovers/batch"), REDCROSS)
        .header("Content-Type", "application/json").header("Idempotency-Key", "scan-" + UUID.randomUUID())
        .POST(HttpRequest.BodyPublishers.ofString("[" + HandoverIT.handover(TestCpr.adult(true), KOMMUNE) + ","
            + HandoverIT.handover(TestCpr.adult(false), KOMMUNE) + "]")));
    assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
  }

  private Api.Reply create(String path, String token, String json) {
    Api.Reply reply = api().send(Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .header("Idempotency-Key", "scan-" + UUID.randomUUID()).POST(HttpRequest.BodyPublishers.ofString(json)));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  /** Every base table outside PostgreSQL's own schemas, with its bytea columns. */
  private static Map<String, List<String>> tables(Connection c) throws Exception {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select t.table_schema, t.table_name,"
        + " (select string_agg(quote_ident(k.column_name), ',') from information_schema.columns k"
        + "   where k.table_schema = t.table_schema and k.table_name = t.table_name and k.data_type = 'bytea')"
        + " from information_schema.tables t where t.table_type = 'BASE TABLE'"
        + " and t.table_schema not in ('pg_catalog', 'information_schema') and t.table_schema not like 'pg_%'"
        + " order by 1, 2")) {
      while (rs.next()) {
        String bytea = rs.getString(3);
        tables.put(quote(rs.getString(1)) + "." + quote(rs.getString(2)),
            bytea == null ? List.of() : List.of(bytea.split(",")));
      }
    }
    assertThat(tables.keySet()).contains("caseload.case_file", "handover.handover", "handover.handover_revision",
        "http.idempotent_response", "audit.access_log", "events.outbox");
    return tables;
  }

  /** What a schema dump holds besides rows: view and function bodies, column defaults, comments. */
  private static List<String> definitions(Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    String mine = " not in ('pg_catalog', 'information_schema') and %s not like 'pg_%%'";
    for (String sql : List.of(
        "select pg_get_viewdef(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where c.relkind in ('v', 'm') and n.nspname" + mine.formatted("n.nspname"),
        "select p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname"
            + mine.formatted("n.nspname"),
        "select column_default from information_schema.columns where column_default is not null and table_schema"
            + mine.formatted("table_schema"),
        "select description from pg_description d join pg_class c on c.oid = d.objoid"
            + " join pg_namespace n on n.oid = c.relnamespace where n.nspname" + mine.formatted("n.nspname"))) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static void scan(String where, String text, Set<String> needles, List<String> found) {
    if (text == null) {
      return;
    }
    Matcher m = CPR_SHAPED.matcher(text);
    while (m.find()) {
      String number = m.group(1) + "-" + m.group(2);
      if (needles.contains(number)) {
        found.add(where + ": a CPR number the tests issued");
      } else if (isDate(m.group(1))) {
        found.add(where + ": a CPR-shaped number " + m.group(1).substring(0, 2) + "…");
      }
    }
  }

  /**
   * The scan trusts PostgreSQL to pass on every row in which {@link #CPR_SHAPED} would find something: checked here
   * on the edges of the pattern (dash or none, neighbours that are digits, letters, hex of an id, punctuation).
   */
  private static void sqlPatternFindsWhatCprShapedFinds(Connection c) throws Exception {
    List<String> samples = List.of("010190-1234", "0101901234", " 010190-1234,", "\"cpr\":\"010190-1234\"",
        "a010190-1234", "010190-1234b", "00101901234", "01019012345", "010190--1234", "010190-123",
        "3f2a-0101901234-9c", "550e8400-e29b-41d4-a716-446655440000", "2026-12-07 18:31:48.162", "x:0101901234:y");
    try (PreparedStatement q = c.prepareStatement("select ? ~ '" + CPR_SHAPED_SQL + "'")) {
      for (String sample : samples) {
        q.setString(1, sample);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          assertThat(rs.getBoolean(1)).as("PostgreSQL on " + sample).isEqualTo(CPR_SHAPED.matcher(sample).find());
        }
      }
    }
  }

  /** Whether DDMMYY is a real date in some century (CPR numbers of 1900s and 2000s births alike). */
  private static boolean isDate(String ddmmyy) {
    int day = Integer.parseInt(ddmmyy.substring(0, 2));
    int month = Integer.parseInt(ddmmyy.substring(2, 4));
    int year = Integer.parseInt(ddmmyy.substring(4, 6));
    for (int century : new int[] {1900, 2000}) {
      try {
        LocalDate.of(century + year, month, day);
        return true;
      } catch (DateTimeException e) {
        // not in this century
      }
    }
    return false;
  }

  private static String quote(String identifier) {
    return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** A plain-SQL pg_dump of the test database, or null when no pg_dump of a suitable version is at hand. */
  private static String pgDump() throws Exception {
    String binary = System.getProperty("jobbro.it.pg-dump", "pg_dump");
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+).*").matcher(ItDatabase.url());
    assertThat(url.matches()).as(ItDatabase.url()).isTrue();
    Path out = Files.createTempFile("jobbro-dump", ".sql");
    try {
      ProcessBuilder pb = new ProcessBuilder(binary, "-h", url.group(1), "-p", url.group(2), "-U",
          ItDatabase.user(), "-f", out.toString(), url.group(3));
      pb.environment().put("PGPASSWORD", ItDatabase.password());
      pb.redirectErrorStream(true);
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        return null; // no pg_dump on this machine
      }
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
      if (p.exitValue() != 0) {
        // an older pg_dump refuses a newer server ("server version mismatch"); anything else is a real failure
        assertThat(log).as("pg_dump failed").contains("version mismatch");
        System.out.println("[ClearCprScanIT] " + log.lines().collect(Collectors.joining(" ")));
        return null;
      }
      return Files.readString(out);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
