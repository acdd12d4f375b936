package db.migration.handover;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Encrypts what handovers stored in clear before V202612060110: the CPR number (into cpr_cipher), the content of
 * each handover and revision (in place), and turns {@code cpr:<10 digits>} person keys into {@code cpr:<blind
 * index>}. Java, because the keys are in the application's MicroProfile Config; it runs at deployment between the
 * SQL that adds the column and the SQL that drops the clear one. Needs no key when there is nothing to encrypt.
 */
public class V202612060111__Encrypt_cpr_and_content extends BaseJavaMigration {

  private static final int BATCH = 500;

  private final Supplier<PersonalDataCipher> keys;

  /** As Flyway finds it at deployment: the keys from the application's MicroProfile Config. */
  public V202612060111__Encrypt_cpr_and_content() {
    this(PersonalDataCipher::configured);
  }

  /** With the keys given, for a test that migrates a database outside the application server. */
  public V202612060111__Encrypt_cpr_and_content(Supplier<PersonalDataCipher> keys) {
    this.keys = keys;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    if (!any(c, "select 1 from handover.handover limit 1")) {
      return;
    }
    PersonalDataCipher cipher = keys.get();
    while (true) {
      List<String[]> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("select id::text, cpr, person_key from handover.handover"
          + " where (cpr is not null and cpr_cipher is null) or person_key ~ '^cpr:[0-9]{10}$' limit " + BATCH);
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
        }
      }
      if (rows.isEmpty()) {
        break;
      }
      try (PreparedStatement u = c.prepareStatement("update handover.handover set cpr_cipher = coalesce(?, cpr_cipher),"
          + " person_key = ? where id = ?::uuid")) {
        for (String[] row : rows) {
          String cpr = row[1] == null ? null : row[1].strip();
          u.setString(1, cpr == null ? null : cipher.encrypt(cpr, Handover.CPR_COLUMN.context()));
          String key = row[2];
          u.setString(2, key.matches("cpr:[0-9]{10}") ? "cpr:" + cipher.blindIndexHex(key.substring(4)) : key);
          u.setString(3, row[0]);
          u.addBatch();
        }
        u.executeBatch();
      }
    }
    Handover.CONTENT_COLUMN.encryptClearValues(c, cipher);
    HandoverRevision.CONTENT_COLUMN.encryptClearValues(c, cipher);
  }

  private static boolean any(Connection c, String sql) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      return r.next();
    }
  }
}
