package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.it.Api;
import dk.jobbro.it.DanishDate;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.ItDatabase;
import dk.jobbro.it.Tokens;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of speed: the worklist's first page for a kommune with 5,000 active cases, warm, over real
 * HTTP on the in-container environment. Prints median and p95. Run with {@code mvn verify -Pbench}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorklistBench {

  private static final String KOMMUNE = "860"; // Hjørring
  private static final int CASES = 5_000;
  private static final int WARMUP = 100;
  private static final int MEASURED = 300;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  @Test
  void worklistFirstPageWith5000Cases() throws Exception {
    seed();
    Api api = new Api(base);
    String token = Tokens.caseworker(KOMMUNE);
    for (int i = 0; i < WARMUP; i++) {
      assertThat(api.get("api/v1/worklist", token).status()).isEqualTo(200);
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      Api.Reply reply = api.get("api/v1/worklist", token);
      nanos[i] = System.nanoTime() - start;
      assertThat(reply.status()).isEqualTo(200);
    }
    Arrays.sort(nanos);
    Api.Reply sample = api.get("api/v1/worklist", token);
    assertThat(sample.json().getJsonNumber("total").longValue()).isEqualTo(CASES);
    System.out.printf("[bench] worklist first page, %d active cases, %d requests warm: median %.1f ms, p95 %.1f ms%n",
        CASES, MEASURED, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 95 / 100] / 1e6);
  }

  /** 5,000 cases straight into PostgreSQL: the benchmark measures the read path, not registration. */
  private static void seed() throws Exception {
    Random random = new Random(2017);
    LocalDate today = DanishDate.today();
    try (Connection db = ItDatabase.connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement("insert into caseload.case_file (id, kommune_kode, "
          + "cpr_cipher, cpr_index, "
          + "full_name, gender, birth_date, residence_basis, takeover_date, registered_at, registered_by, version, "
          + "first_offer_target_date, first_offer_latest_date, first_offer_date, contract_due_date, "
          + "programme_planned_end) values (?, ?, ?, ?, ?, ?, ?, 'REFUGEE', ?, ?, 'bench', 0, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < CASES; i++) {
          LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365));
          LocalDate takeover = today.minusDays(random.nextInt(400));
          insert.setObject(1, UUID.randomUUID());
          insert.setString(2, KOMMUNE);
          String cpr = String.format("%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
              birth.getYear() % 100, i);
          insert.setString(3, ItDatabase.CIPHER.encrypt(cpr, "caseload.case_file.cpr_cipher"));
          insert.setBytes(4, ItDatabase.CIPHER.blindIndex(cpr));
          insert.setString(5, "Bench Person " + i);
          insert.setString(6, i % 2 == 0 ? "FEMALE" : "MALE");
          insert.setDate(7, Date.valueOf(birth));
          insert.setDate(8, Date.valueOf(takeover));
          insert.setTimestamp(9, Timestamp.from(Instant.now()));
          insert.setDate(10, Date.valueOf(takeover.plusDays(14)));
          insert.setDate(11, Date.valueOf(takeover.plusMonths(1)));
          insert.setDate(12, random.nextInt(3) == 0 ? null : Date.valueOf(takeover.plusDays(random.nextInt(40))));
          insert.setDate(13, Date.valueOf(takeover.plusMonths(1)));
          insert.setDate(14, Date.valueOf(takeover.plusYears(1)));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      db.commit();
      db.createStatement().execute("analyze caseload.case_file");
    }
  }
}
