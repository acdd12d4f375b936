package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What one request sends to PostgreSQL, counted by the server itself (pg_stat_statements, which the test
 * environment loads): a list page costs the same statements whether it holds two rows or twelve, so nothing is
 * loaded once per row; a case read costs a fixed handful. Kommune 492 (Ærø) is this test's own, so its pages hold
 * exactly the rows registered here.
 */
@BeforeProbeDeployment // a deployment sends statements too (Flyway, its timers and workers)
@Isolated // pg_stat_statements counts every client's statements: no other class may send any meanwhile
class StatementCountIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "492";
  private static final String CW = Tokens.caseworker(KOMMUNE);
  private static final String CONSULTANT = Tokens.consultant(KOMMUNE);
  private static final int ROWS = 12;

  private static final List<String> caseIds = new ArrayList<>();

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  @BeforeAll
  static void statementStatistics() throws SQLException {
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }
  }

  @Test
  void aPageOfCasesCostsTheSameStatementsForTwoRowsAsForTwelve() {
    ensureData();
    assertFlat("api/v1/cases?size=2", "api/v1/cases?size=" + ROWS, CW, "caseload.");
    assertFlat("api/v1/worklist?size=2", "api/v1/worklist?size=" + ROWS, CW, "caseload.");
  }

  @Test
  void aPageOfHandoversAndOfPlacementsCostsTheSameForTwoRowsAsForTwelve() {
    ensureData();
    assertFlat("api/v1/handovers?size=2", "api/v1/handovers?size=" + ROWS, CW, "handover.");
    assertFlat("api/v1/igu-placements?size=2", "api/v1/igu-placements?size=" + ROWS, CONSULTANT, "employers.");
  }

  @Test
  void aCaseReadIsOneSelectAndItsAccessLogRow() {
    // a case without offers: one whose first company-oriented offer started before the effort-gap window also reads
    // its offers for the gap, as every case of ensureData does once the scheme has closed (their IGUs started on its
    // last start date)
    String path = "api/v1/cases/" + newCase(ROWS, TODAY.minusMonths(2));
    api().get(path, CW); // the first read of a kind warms the server's caches; count the second
    List<String> statements = fewestOf(path, CW, "");
    // one select for the case with its languages, education, work experience, skills and Danish tests, read without
    // a transaction; and the access-log row, one INSERT in auto-commit from the server's access-log writer, which is
    // its own transaction (no BEGIN, no COMMIT; the hash chain's trigger runs inside the server; under load one such
    // INSERT carries many reads' rows): no per-borrow connection validation, no lazy loads
    assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(2);
    assertThat(statements.stream().filter(s -> s.toLowerCase(java.util.Locale.ROOT).startsWith("select")))
        .as(String.join("\n", statements)).hasSize(1);
  }

  @Test
  void anOfferThatStartsAtOnceIsInsertedOnceAndNotUpdatedAfter() throws SQLException {
    String caseId = newCase(ROWS + 1, TODAY.minusDays(3));
    String employerCvr = api().registerEmployer(Api.TEST_EMPLOYER_CVR);
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
      Api.Reply offer = api().post("api/v1/cases/" + caseId + "/offers", CW, """
          {"type": "VIRKSOMHEDSPRAKTIK", "startDate": "%s", "employerCvr": "%s"}""".formatted(TODAY, employerCvr));
      assertThat(offer.status()).as(offer.toString()).isEqualTo(201);
      assertThat(offer.json().getString("status")).isEqualTo("ACTIVE");
      // announced (OfferStarted, the first offer met) in the same transaction, yet written by its INSERT alone; and
      // the case's pending tasks, which that start closes or plans, are read once
      assertThat(calls(s, "insert into caseload.offer %")).isEqualTo(1);
      assertThat(calls(s, "update caseload.offer %")).isZero();
      assertThat(calls(s, "select % from caseload.task %")).isEqualTo(1);
    }
  }

  @Test
  void aRegistrationDoesNotAskForDanishTestsItCannotHaveYet() throws SQLException {
    newCase(ROWS + 2, TODAY.minusDays(3)); // the first registration of a run warms the server's caches
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
      newCase(ROWS + 3, TODAY.minusDays(3));
      assertThat(calls(s, "insert into caseload.case_file %")).isEqualTo(1);
      assertThat(calls(s, "select % from caseload.danish_test %")).isZero();
    }
  }

  /** How often statements whose text is like the pattern ran since the statistics were reset. */
  private static long calls(Statement s, String like) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE toplevel"
        + " AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query ILIKE '" + like
        + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aPageOfEscalationsReadsThatPageNotEveryPassedDeadline() {
    ensureData(); // twelve cases taken over 2+ months ago without a kontrakt: at least twelve passed deadlines
    String lead = Tokens.teamLead(KOMMUNE);
    Api.Reply all = api().get("api/v1/escalations?size=100", lead);
    assertThat(all.json().getInt("total")).as(all.toString()).isGreaterThanOrEqualTo(ROWS);
    assertFlat("api/v1/escalations?size=2", "api/v1/escalations?size=" + ROWS, lead, "caseload.");
    // the rows the database handed over for a page of two: the page, its count and its two cases, not all of them
    long fewest = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      fewest = Math.min(fewest, caseloadRowsReadBy("api/v1/escalations?size=2", lead));
    }
    assertThat(fewest).isLessThan(ROWS);
  }

  private long caseloadRowsReadBy(String path, String token) {
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
      assertThat(api().get(path, token).status()).isEqualTo(200);
      try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(rows), 0) FROM pg_stat_statements"
          + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
          + " AND toplevel AND query ILIKE 'select%' AND query ILIKE '%caseload.%'")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eachCaseReadIsLoggedOnce() throws SQLException {
    ensureData();
    String caseId = caseIds.get(1);
    long before = readsLoggedSoFar(caseId);
    for (int read = 1; read <= 3; read++) {
      Api.Reply reply = api().get("api/v1/cases/" + caseId, CW);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      // the server's access-log writer commits the row a moment after the answer: one row per read, never two
      assertThat(readsLoggedReaching(caseId, before + read)).isEqualTo(before + read);
    }
  }

  @Test
  void overlappingReadsShareOneInsertAndEachIsLoggedAndChainedOnce() throws Exception {
    ensureData();
    String path = "api/v1/cases/" + caseIds.get(2);
    api().get(path, CW);
    int reads = 18;
    long shared = 0;
    // Reads released together on several threads overlap: the access-log writer waits a few milliseconds after a
    // group's first row, and the rows of the others join it, one INSERT of several rows. Whether a round forms such
    // a group is the scheduler's choice, so rounds run (each checked in full) until one did.
    for (int round = 0; round < 10 && shared == 0; round++) {
      long before = readsLoggedSoFar(caseIds.get(2));
      try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
        s.execute("SELECT pg_stat_statements_reset()");
      }
      Parallel parallel = new Parallel();
      for (int i = 0; i < reads; i++) {
        parallel.add(() -> assertThat(api().get(path, CW).status()).isEqualTo(200));
      }
      parallel.run();
      // every answered read has its row, once: no group lost or repeated a request's rows
      assertThat(readsLoggedReaching(caseIds.get(2), before + reads)).isEqualTo(before + reads);
      shared = multiRowAccessLogInserts();
    }
    assertThat(shared).as("no access-log INSERT of several rows in 10 rounds of %d overlapping reads", reads)
        .isPositive();
    // and the seal trigger linked each row of the multi-row INSERTs into the chain
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE c.seq IS NULL) FROM audit.access_log l"
            + " LEFT JOIN audit.access_log_chain c ON c.log_id = l.id WHERE l.resource_id = '"
            + java.util.UUID.fromString(caseIds.get(2)) + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  /** How often an access-log INSERT of more than one row ran since the statistics were reset. */
  private static long multiRowAccessLogInserts() throws SQLException {
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
      return calls(s, "insert into audit.access_log %), (%");
    }
  }

  /** The READ rows of one case (the parameter). */
  private static final String READS_LOGGED = "SELECT count(*) FROM audit.access_log WHERE action = 'READ'"
      + " AND resource_type = 'case' AND resource_id = ?";

  /** {@link #readsLogged} once it has reached {@code expected}, or after the writer has had ample time. */
  private static long readsLoggedReaching(String caseId, long expected) throws SQLException {
    return ItDatabase.countReaching(expected, READS_LOGGED, java.util.UUID.fromString(caseId));
  }

  /**
   * The case's READ rows once the server has written those of every read it has answered: a search of the access
   * log waits for them first (AccessLog#awaitReadsWritten), so earlier tests' reads are all counted.
   */
  private long readsLoggedSoFar(String caseId) throws SQLException {
    Api.Reply search = api().post("api/v1/access-log/search?size=1", Tokens.auditor(),
        "{\"caseId\": \"" + caseId + "\"}");
    assertThat(search.status()).as(search.toString()).isEqualTo(200);
    return readsLogged(caseId);
  }

  private static long readsLogged(String caseId) throws SQLException {
    return ItDatabase.count(READS_LOGGED, java.util.UUID.fromString(caseId));
  }

  private void assertFlat(String small, String large, String token, String schema) {
    api().get(small, token);
    List<String> few = fewestOf(small, token, schema);
    List<String> many = fewestOf(large, token, schema);
    String sent = String.format("statements for %d rows:%n%s%nfor 2 rows:%n%s", ROWS, String.join("\n", many),
        String.join("\n", few));
    assertThat(many.stream().filter(EFFORT_GAP_LOOKUP)).as(sent).hasSizeLessThanOrEqualTo(1);
    assertThat(few.stream().filter(EFFORT_GAP_LOOKUP)).as(sent).hasSizeLessThanOrEqualTo(1);
    assertThat(many.stream().filter(EFFORT_GAP_LOOKUP.negate())).as(sent)
        .hasSameSizeAs(few.stream().filter(EFFORT_GAP_LOOKUP.negate()).toList());
  }

  /**
   * The effort-gap lookup of a page of cases (CaseRepository.withoutCompanyEffortSince): one statement for the whole
   * page, sent only when the page holds an active case whose first offer started before the gap window. Whether the
   * first two or the first twelve cases of kommune 492 hold one depends on what other classes wrote there (the
   * cohort classes register cases in every kommune), so it is counted apart: at most once, whatever the page size.
   */
  private static final Predicate<String> EFFORT_GAP_LOOKUP =
      statement -> statement.startsWith("select distinct o1_0.case_id from caseload.offer ");

  /**
   * The fewest statements of three runs of the request: the server's background work (the every-minute scheduler
   * heartbeat, webhook delivery) shares the database and can only add statements to a count, never take them away.
   */
  private List<String> fewestOf(String path, String token, String schema) {
    List<String> fewest = statementsOf(path, token, schema);
    for (int run = 1; run < 3; run++) {
      List<String> again = statementsOf(path, token, schema);
      if (again.size() < fewest.size()) {
        fewest = again;
      }
    }
    return fewest;
  }

  /**
   * The statements the request sent that mention the schema (all of them for ""), one entry per call; only those
   * the application sent itself, not those a trigger ran inside the server. pg_stat_statements marks the statements
   * of an ordinary trigger as nested, but those of the access log's hash chain, a constraint trigger deferred to the
   * commit, as top-level; they name the chain's own tables or its transaction-local settings (or hash its links),
   * which the application never does.
   */
  private List<String> statementsOf(String path, String token, String schema) {
    try (Connection db = ItDatabase.connect(); Statement s = db.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
      Api.Reply reply = api().get(path, token);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      List<String> sent = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT query, calls FROM pg_stat_statements"
          + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
          + " AND toplevel AND query NOT ILIKE '%pg_stat_statements%'"
          + " AND query NOT ILIKE '%access_log_head%' AND query NOT ILIKE '%access_log_chain%'"
          + " AND query NOT ILIKE 'SELECT sha256(prev%' AND query NOT ILIKE '%jobbro.access_log_%'"
          + " AND query ILIKE '%" + schema + "%'")) {
        while (rs.next()) {
          for (long i = 0; i < rs.getLong("calls"); i++) {
            sent.add(rs.getString("query").replaceAll("\\s+", " "));
          }
        }
      }
      return sent;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Twelve of everything in the test's kommune: cases, handovers to it, and IGU placements of its cases. */
  private synchronized void ensureData() {
    if (!caseIds.isEmpty()) {
      return;
    }
    Api.Reply employer = api().post("api/v1/employers", CONSULTANT, """
        {"cvr": "%s", "name": "Ærø Færgeværft ApS", "sector": "PRIVATE", "locationKommune": "%s",
         "industry": "Skibsværft"}""".formatted(TestCvr.random(), KOMMUNE));
    assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
    LocalDate start = TestIgu.startOn(TODAY);
    for (int i = 0; i < ROWS; i++) {
      String caseId = newCase(i, start.minusMonths(2));
      caseIds.add(caseId);
      Api.Reply placed = api().post("api/v1/igu-placements", CONSULTANT, """
          {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
           "signedDate": "%s"}""".formatted(caseId, employer.json().getString("id"), start, start.minusDays(3)));
      assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
      Api.Reply handover = api().post("api/v1/handovers", Tokens.sender("redcross"),
          HandoverIT.handover(TestCpr.adult(i % 2 == 1), KOMMUNE));
      assertThat(handover.status()).as(handover.toString()).isEqualTo(201);
    }
  }

  /** Person {@code i}'s case in the test's kommune, permitted a month before the takeover. */
  private String newCase(int i, LocalDate takeover) {
    Api.Reply created = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Person %d", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s", "languages": [{"language": "ar", "level": "FLUENT"}]}"""
        .formatted(TestCpr.adult(i % 2 == 0), i, takeover, takeover.minusMonths(1)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }
}
