package db.migration.caseload;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.caseload.entity.CaseFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Encrypts the CPR numbers stored in clear before V202612060100 and computes their blind index. A Java migration
 * because the keys are in the application's MicroProfile Config, which SQL cannot (and should not) see; it runs in
 * Flyway's order between the SQL that adds the columns and the SQL that drops the clear one, all at deployment. On an
 * empty table (a new installation) it needs no key; with rows and no keys the deployment stops with the property's
 * name, before any clear number is dropped.
 */
public class V202612060101__Encrypt_cpr extends BaseJavaMigration {

  private static final int BATCH = 500;

  private final Supplier<PersonalDataCipher> keys;

  /** As Flyway finds it at deployment: the keys from the application's MicroProfile Config. */
  public V202612060101__Encrypt_cpr() {
    this(PersonalDataCipher::configured);
  }

  /** With the keys given, for a test that migrates a database outside the application server. */
  public V202612060101__Encrypt_cpr(Supplier<PersonalDataCipher> keys) {
    this.keys = keys;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    PersonalDataCipher cipher = null;
    while (true) {
      List<String[]> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "select id::text, cpr from caseload.case_file where cpr_cipher is null limit " + BATCH);
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(new String[] {r.getString(1), r.getString(2).strip()});
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      if (cipher == null) {
        cipher = keys.get();
      }
      try (PreparedStatement u = c.prepareStatement(
          "update caseload.case_file set cpr_cipher = ?, cpr_index = ? where id = ?::uuid")) {
        for (String[] row : rows) {
          u.setString(1, cipher.encrypt(row[1], CaseFile.CPR_COLUMN.context()));
          u.setBytes(2, cipher.blindIndex(row[1]));
          u.setString(3, row[0]);
          u.addBatch();
        }
        u.executeBatch();
      }
    }
  }
}
