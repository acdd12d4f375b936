package dk.jobbro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.it.Api;
import dk.jobbro.it.DanishDate;
import dk.jobbro.it.Deployments;
import dk.jobbro.it.TestCvr;
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
 * Benchmark, not a test of speed: the candidates of one Middelfart vacancy open to kommuner within 100 km, against
 * 20,000 job-ready cases in 10 kommuner (2,000 each, with languages, education, work experience and some running
 * offers), warm, over real HTTP — both lists, own kommune and pseudonymised others. Prints median and p95. Run with
 * {@code mvn verify -Pbench}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingBench {

  /** Middelfart and nine kommuner on Fyn and around Lillebælt, all within 100 km of it. */
  private static final String[] KOMMUNER = {"410", "461", "420", "430", "440", "450", "479", "480", "607", "621"};
  private static final int PER_KOMMUNE = 2_000;
  private static final String[] OCCUPATIONS = {"7115", "7112", "7119", "7212", "8322", "9112", "5120", "9329",
      "6111", "2512", "3115", "5322", "4321", "7411", "9613"};
  private static final String[] LEVELS = {"NONE", "BASIC", "A1", "A2", "B1", "B2", "GOOD", "FLUENT"};
  private static final String[] EDUCATION = {"NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL",
      "BACHELOR"};
  private static final int WARMUP = 30;
  private static final int MEASURED = 100;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.jobbro();
  }

  @ArquillianResource
  URL base;

  @Test
  void oneVacancyAgainst20000JobReadyCasesIn10Kommuner() throws Exception {
    seed();
    Api api = new Api(base);
    String token = Tokens.consultant("410");
    String cvr = TestCvr.random();
    Api.Reply employer = api.post("api/v1/employers", token, """
        {"cvr": "%s", "name": "Bench Byg A/S", "sector": "PRIVATE", "locationKommune": "410"}""".formatted(cvr));
    assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
    Api.Reply vacancy = api.post("api/v1/vacancies", token, """
        {"employerId": "%s", "title": "Tømrer", "occupationCode": "7115", "persons": 5, "hoursPerWeek": 37,
         "startDate": "%s", "locationKommune": "410", "offerType": "ORDINARY_JOB",
         "languages": [{"language": "da", "level": "B1"}, {"language": "en", "level": "BASIC"}],
         "openToOtherKommuner": true, "maxCommuteKm": 100}"""
        .formatted(employer.json().getString("id"), DanishDate.today().plusMonths(1)));
    assertThat(vacancy.status()).as(vacancy.toString()).isEqualTo(201);
    String path = "api/v1/vacancies/" + vacancy.json().getString("id") + "/candidates";
    for (int i = 0; i < WARMUP; i++) {
      assertThat(api.get(path, token).status()).isEqualTo(200);
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      Api.Reply reply = api.get(path, token);
      nanos[i] = System.nanoTime() - start;
      assertThat(reply.status()).isEqualTo(200);
    }
    Arrays.sort(nanos);
    Api.Reply sample = api.get(path, token);
    assertThat(sample.json().getJsonArray("otherKommuner")).hasSize(20);
    System.out.printf("[bench] matching one vacancy, %d job-ready cases in %d kommuner, %d requests warm: "
            + "median %.1f ms, p95 %.1f ms%n", PER_KOMMUNE * KOMMUNER.length, KOMMUNER.length, MEASURED,
        nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 95 / 100] / 1e6);
  }

  /** 20,000 cases with their competences straight into PostgreSQL: the benchmark measures matching only. */
  private static void seed() throws Exception {
    Random random = new Random(2021);
    LocalDate today = DanishDate.today();
    try (Connection db = ItDatabase.connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement cases = db.prepareStatement("insert into caseload.case_file (id, kommune_kode, "
          + "cpr_cipher, cpr_index, "
          + "full_name, gender, birth_date, residence_basis, takeover_date, registered_at, registered_by, version, "
          + "first_offer_target_date, first_offer_latest_date, contract_due_date, programme_planned_end) "
          + "values (?, ?, ?, ?, ?, ?, ?, 'REFUGEE', ?, ?, 'bench', 0, ?, ?, ?, ?)");
          PreparedStatement languages = db.prepareStatement(
              "insert into caseload.case_language (case_id, language, level) values (?, ?, ?)");
          PreparedStatement work = db.prepareStatement("insert into caseload.case_work_experience "
              + "(case_id, position, occupation_code, years) values (?, ?, ?, ?)");
          PreparedStatement education = db.prepareStatement(
              "insert into caseload.case_education (case_id, position, level) values (?, 0, ?)");
          PreparedStatement offers = db.prepareStatement("insert into caseload.offer (id, case_id, kommune_kode, "
              + "type, start_date, recorded_by, recorded_at, version) values (?, ?, ?, 'VIRKSOMHEDSPRAKTIK', ?, "
              + "'bench', now(), 0)")) {
        int n = 0;
        for (String kommune : KOMMUNER) {
          for (int i = 0; i < PER_KOMMUNE; i++, n++) {
            UUID id = UUID.randomUUID();
            LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(random.nextInt(38 * 365));
            LocalDate takeover = today.minusDays(random.nextInt(400));
            cases.setObject(1, id);
            cases.setString(2, kommune);
            String cpr = String.format("%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, n % 10_000);
            cases.setString(3, ItDatabase.CIPHER.encrypt(cpr, "caseload.case_file.cpr_cipher"));
            cases.setBytes(4, ItDatabase.CIPHER.blindIndex(cpr));
            cases.setString(5, "Bench Person " + n);
            cases.setString(6, n % 2 == 0 ? "FEMALE" : "MALE");
            cases.setDate(7, Date.valueOf(birth));
            cases.setDate(8, Date.valueOf(takeover));
            cases.setTimestamp(9, Timestamp.from(Instant.now()));
            cases.setDate(10, Date.valueOf(takeover.plusDays(14)));
            cases.setDate(11, Date.valueOf(takeover.plusMonths(1)));
            cases.setDate(12, Date.valueOf(takeover.plusMonths(1)));
            cases.setDate(13, Date.valueOf(takeover.plusYears(1)));
            cases.addBatch();
            for (String language : new String[] {"da", "en", "ar"}) {
              if (random.nextInt(3) > 0) {
                languages.setObject(1, id);
                languages.setString(2, language);
                languages.setString(3, LEVELS[random.nextInt(LEVELS.length)]);
                languages.addBatch();
              }
            }
            for (int w = 0; w < random.nextInt(3); w++) {
              work.setObject(1, id);
              work.setShort(2, (short) w);
              work.setString(3, OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
              work.setShort(4, (short) (1 + random.nextInt(10)));
              work.addBatch();
            }
            education.setObject(1, id);
            education.setString(2, EDUCATION[random.nextInt(EDUCATION.length)]);
            education.addBatch();
            if (random.nextInt(4) == 0) {
              offers.setObject(1, UUID.randomUUID());
              offers.setObject(2, id);
              offers.setString(3, kommune);
              offers.setDate(4, Date.valueOf(today.minusDays(random.nextInt(60))));
              offers.addBatch();
            }
          }
          cases.executeBatch();
          languages.executeBatch();
          work.executeBatch();
          education.executeBatch();
          offers.executeBatch();
        }
      }
      db.commit();
      // ANALYZE in autocommit: run inside the open transaction it was rolled back with the connection, and the
      // planner measured without statistics (autovacuum thought the tables analyzed and left them alone)
      db.setAutoCommit(true);
      for (String table : new String[] {"case_file", "case_language", "case_work_experience", "case_education",
          "offer"}) {
        db.createStatement().execute("analyze caseload." + table);
      }
    }
  }
}
