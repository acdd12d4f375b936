package dk.jobbro.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.app.V202612060120__Encrypt_kept_answers;
import db.migration.app.V202612070200__Encrypt_webhook_secrets;
import db.migration.caseload.V202612060101__Encrypt_cpr;
import db.migration.handover.V202612060111__Encrypt_cpr_and_content;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.app.events.Subscriptions;
import dk.jobbro.app.idempotency.StoredResponses;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.devenv.LocalKeys;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import dk.jobbro.it.ItDatabase;
import dk.jobbro.it.TestCpr;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The migrations that encrypted personal data at rest, run on a database that holds what the schema before them held
 * in clear. A database of the test's own on the test PostgreSQL is migrated, module by module as
 * {@link FlywayMigrator} does, up to the last version before the encryption; the test then stores rows the way the
 * old code did (cases and handovers with the CPR number in clear, a handover's content with health information, a
 * kept answer holding a CPR number, a webhook subscription's secret) and runs the remaining migrations, as a
 * deployment of the new version would.
 *
 * <p>Outside the application server there is no MicroProfile Config, so the Java migrations are handed the test
 * domain's keys (LocalKeys, through {@link ItDatabase#CIPHER}) instead of reading them; everything else is Flyway as
 * the application configures it, and at the end each module's history must match what a deployment finds.
 */
class EncryptingMigrationsIT {

  /** Below caseload V202612060100, the first migration of the encryption (it adds the encrypted columns). */
  private static final MigrationVersion BEFORE_ENCRYPTION = MigrationVersion.fromVersion("202612060099");
  private static final Supplier<PersonalDataCipher> KEYS = () -> ItDatabase.CIPHER;
  private static final List<JavaMigration> ENCRYPTING_MIGRATIONS = List.of(new V202612060101__Encrypt_cpr(KEYS),
      new V202612060111__Encrypt_cpr_and_content(KEYS), new V202612060120__Encrypt_kept_answers(KEYS),
      new V202612070200__Encrypt_webhook_secrets(KEYS));

  private static final String KOMMUNE = "101";
  private static final String EARLIER_KOMMUNE = "751";
  private static final String THIRD_KOMMUNE = "461";

  private String database;

  @BeforeEach
  void createDatabase() throws SQLException {
    database = "migration_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("create database " + database + " encoding 'UTF8'");
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void clearRowsAreEncryptedDecryptToTheOriginalsAndAreFoundByTheirBlindIndex() throws Exception {
    migrate(BEFORE_ENCRYPTION);
    String cpr = TestCpr.adult(false).replace("-", "");
    String handoverCpr = TestCpr.adult(true).replace("-", "");
    UUID activeCase = UUID.randomUUID();
    UUID closedCase = UUID.randomUUID();
    UUID handover = UUID.randomUUID();
    UUID handoverByCaseNumber = UUID.randomUUID();
    String content = "{\"cpr\": \"" + handoverCpr + "\", \"fullName\": \"Amina Testesen\", \"health\": "
        + "{\"information\": \"Diabetes type 1, insulin\", \"consentGivenOn\": \"2016-02-01\"}}";
    // shaped like an encrypted value on purpose: the migration must encrypt it all the same
    String webhookSecret = "whsec:" + UUID.randomUUID().toString().replace("-", "");
    String keptAnswer = "{\"id\": \"" + handover + "\", \"cpr\": \"" + handoverCpr.substring(0, 6) + "-"
        + handoverCpr.substring(6) + "\"}";

    try (Connection db = ItDatabase.connect(database)) {
      // the same person's closed programme in one kommune and active one in another: both allowed before and after
      oldCase(db, activeCase, KOMMUNE, cpr, "ACTIVE");
      oldCase(db, closedCase, EARLIER_KOMMUNE, cpr, "CLOSED");
      oldHandover(db, handover, handoverCpr, null, "cpr:" + handoverCpr, content);
      oldHandover(db, handoverByCaseNumber, null, "US-4711", "case:US-4711", "{\"caseNumber\": \"US-4711\"}");
      update(db, "insert into http.idempotent_response (scope, key, request_hash, status, content_type, body,"
          + " created_at) values ('sender:redcross', ?, repeat('0', 64), 201, 'application/json', ?, now())",
          UUID.randomUUID().toString(), keptAnswer);
      update(db, "insert into events.subscription (id, audience, url, event_types, secret, created_at, created_by)"
          + " values (?, 'kommune:101', 'https://hooks.example-kommune.dk/jobbro', '{}', ?, now(), 'it')",
          UUID.randomUUID(), webhookSecret);
      // the scan below sees clear numbers where there are any
      assertThat(rowsHolding(db, cpr, handoverCpr)).contains("caseload.case_file", "handover.handover",
          "handover.handover_revision", "http.idempotent_response");
    }

    migrate(null);

    try (Connection db = ItDatabase.connect(database)) {
      assertThat(rowsHolding(db, cpr, handoverCpr)).as("rows still holding a CPR number in clear").isEmpty();

      // cases: encrypted under the current key, the original number behind it, found by the blind index
      for (UUID id : List.of(activeCase, closedCase)) {
        String stored = text(db, "select cpr_cipher from caseload.case_file where id = ?", id);
        assertThat(stored).startsWith(LocalKeys.KEY_ID + ":");
        assertThat(ItDatabase.CIPHER.decrypt(stored, CaseFile.CPR_COLUMN.context())).isEqualTo(cpr);
      }
      assertThat(text(db, "select id::text from caseload.case_file where kommune_kode = ? and cpr_index = ?",
          KOMMUNE, ItDatabase.cprIndex(cpr))).isEqualTo(activeCase.toString());
      assertThat(text(db, "select count(*)::text from caseload.case_file where cpr_index = ?",
          ItDatabase.cprIndex(cpr))).isEqualTo("2");

      // handovers: number, person key, content and its revision
      assertThat(ItDatabase.CIPHER.decrypt(text(db, "select cpr_cipher from handover.handover where id = ?",
          handover), Handover.CPR_COLUMN.context())).isEqualTo(handoverCpr);
      assertThat(text(db, "select person_key from handover.handover where id = ?", handover))
          .isEqualTo(ItDatabase.personKey(handoverCpr));
      assertThat(text(db, "select id::text from handover.handover where person_key = ?",
          ItDatabase.personKey(handoverCpr))).isEqualTo(handover.toString());
      assertThat(ItDatabase.CIPHER.decrypt(text(db, "select content from handover.handover where id = ?",
          handover), Handover.CONTENT_COLUMN.context())).isEqualTo(content);
      assertThat(ItDatabase.CIPHER.decrypt(text(db,
          "select content from handover.handover_revision where handover_id = ?", handover),
          HandoverRevision.CONTENT_COLUMN.context())).isEqualTo(content);
      // a handover known by its case number keeps that key and has no number to encrypt
      assertThat(text(db, "select person_key from handover.handover where id = ?", handoverByCaseNumber))
          .isEqualTo("case:US-4711");
      assertThat(text(db, "select coalesce(cpr_cipher, 'none') from handover.handover where id = ?",
          handoverByCaseNumber)).isEqualTo("none");
      assertThat(ItDatabase.CIPHER.decrypt(text(db, "select content from handover.handover where id = ?",
          handoverByCaseNumber), Handover.CONTENT_COLUMN.context())).isEqualTo("{\"caseNumber\": \"US-4711\"}");

      // the kept answer
      assertThat(ItDatabase.CIPHER.decrypt(text(db, "select body from http.idempotent_response"),
          StoredResponses.BODY_COLUMN.context())).isEqualTo(keptAnswer);

      // the webhook secret, which only the worker decrypts (to sign deliveries)
      String secret = text(db, "select secret from events.subscription");
      assertThat(secret).startsWith(LocalKeys.KEY_ID + ":").doesNotContain(webhookSecret.substring(6));
      assertThat(ItDatabase.CIPHER.decrypt(secret, Subscriptions.SECRET_COLUMN.context())).isEqualTo(webhookSecret);

      // the unique rules compare the blind index now: one case per person and kommune, one active programme
      assertThatThrownBy(() -> newCase(db, EARLIER_KOMMUNE, cpr, "CLOSED"))
          .satisfies(e -> assertThat(constraint(e)).isEqualTo("case_file_kommune_cpr_uq"));
      assertThatThrownBy(() -> newCase(db, THIRD_KOMMUNE, cpr, "ACTIVE"))
          .satisfies(e -> assertThat(constraint(e)).isEqualTo("case_file_one_active_programme_uq"));
      newCase(db, THIRD_KOMMUNE, cpr, "CLOSED");
    }
  }

  /** Migrates every module as {@link FlywayMigrator} does: all of it, or only what comes before a version. */
  private void migrate(MigrationVersion below) {
    for (FlywayMigrator.ModuleSchema module : FlywayMigrator.MODULES) {
      if (below == null) {
        flyway(module, null).migrate();
      } else {
        // the module's last migration before that version (Flyway's target must name one that exists)
        Arrays.stream(flyway(module, null).info().all()).map(MigrationInfo::getVersion)
            .filter(v -> v.compareTo(below) < 0).max(Comparator.naturalOrder())
            .ifPresent(last -> flyway(module, last).migrate());
      }
    }
    if (below == null) {
      // the database is now where a deployment leaves it: same migrations (Java ones found as it finds them), same
      // checksums, nothing pending
      for (FlywayMigrator.ModuleSchema module : FlywayMigrator.MODULES) {
        FlywayMigrator.configure(module, getClass().getClassLoader())
            .dataSource(ItDatabase.url(database), ItDatabase.user(), ItDatabase.password()).load().validate();
      }
    }
  }

  private Flyway flyway(FlywayMigrator.ModuleSchema module, MigrationVersion target) {
    String javaPackage = "db.migration." + module.name();
    FluentConfiguration conf = FlywayMigrator.configure(module, getClass().getClassLoader())
        .dataSource(ItDatabase.url(database), ItDatabase.user(), ItDatabase.password())
        // the module's Java migrations as instances holding the test's keys, instead of found on the class path
        .javaMigrationClassProvider(List::of)
        .javaMigrations(ENCRYPTING_MIGRATIONS.stream()
            .filter(m -> m.getClass().getPackageName().equals(javaPackage)).toArray(JavaMigration[]::new));
    return (target == null ? conf : conf.target(target)).load();
  }

  /** A case as the schema before the encryption stored it: the CPR number in a clear char(10) column. */
  private static void oldCase(Connection db, UUID id, String kommune, String cpr, String status) throws SQLException {
    update(db, """
        insert into caseload.case_file (id, kommune_kode, cpr, full_name, gender, birth_date, residence_basis,
               takeover_date, registered_at, registered_by, version, first_offer_target_date, first_offer_latest_date,
               contract_due_date, programme_planned_end, status, programme_end_date)
        values (?, ?, ?, 'Test Testesen', 'FEMALE', date '1990-01-01', 'REFUGEE', date '2016-03-01', now(),
               'migration-test', 0, date '2016-03-15', date '2016-04-01', date '2016-04-01', date '2019-03-01', ?,
               case when ? = 'CLOSED' then date '2017-03-01' end)""", id, kommune, cpr, status, status);
  }

  /** A case as the application stores it now: the encrypted number and its blind index. */
  private static void newCase(Connection db, String kommune, String cpr, String status) throws SQLException {
    update(db, """
        insert into caseload.case_file (id, kommune_kode, cpr_cipher, cpr_index, full_name, gender, birth_date,
               residence_basis, takeover_date, registered_at, registered_by, version, first_offer_target_date,
               first_offer_latest_date, contract_due_date, programme_planned_end, status, programme_end_date)
        values (?, ?, ?, ?, 'Test Testesen', 'FEMALE', date '1990-01-01', 'REFUGEE', date '2024-03-01', now(),
               'migration-test', 0, date '2024-03-15', date '2024-04-01', date '2024-04-01', date '2027-03-01', ?,
               case when ? = 'CLOSED' then date '2025-03-01' end)""", UUID.randomUUID(), kommune,
        ItDatabase.CIPHER.encrypt(cpr, CaseFile.CPR_COLUMN.context()), ItDatabase.cprIndex(cpr), status, status);
  }

  /** A handover and its first revision as the schema before the encryption stored them: number and content clear. */
  private static void oldHandover(Connection db, UUID id, String cpr, String caseNumber, String personKey,
      String content) throws SQLException {
    update(db, """
        insert into handover.handover (id, sender, receiving_kommune, status, cpr, case_number, person_key, full_name,
               completeness_score, revision, content, sent_at, version)
        values (?, 'redcross', ?, 'SENT', ?, ?, ?, 'Amina Testesen', 80, 1, ?, now(), 0)""",
        id, KOMMUNE, cpr, caseNumber, personKey, content);
    update(db, """
        insert into handover.handover_revision (id, handover_id, revision, content, supplied_by, supplied_at)
        values (?, ?, 1, ?, 'redcross', now())""", UUID.randomUUID(), id, content);
  }

  /** Every row of every table outside PostgreSQL's own schemas whose text holds one of the numbers. */
  private static List<String> rowsHolding(Connection db, String... numbers) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
        select format('%I.%I', table_schema, table_name) from information_schema.tables
         where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    assertThat(tables).contains("caseload.case_file", "handover.handover", "http.idempotent_response");
    List<String> found = new ArrayList<>();
    for (String table : tables) {
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select t::text from " + table + " t")) {
        while (r.next()) {
          for (String number : numbers) {
            String row = r.getString(1).replace("-", "");
            if (row.contains(number)) {
              found.add(table);
            }
          }
        }
      }
    }
    return found;
  }

  private static String constraint(Throwable e) {
    return e instanceof PSQLException p && p.getServerErrorMessage() != null
        ? p.getServerErrorMessage().getConstraint() : e.toString();
  }

  private static String text(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = prepare(db, sql, parameters); ResultSet r = s.executeQuery()) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getString(1);
    }
  }

  private static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = prepare(db, sql, parameters)) {
      s.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }
}
