package db.migration.app;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.app.events.Subscriptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Encrypts the webhook secrets stored in clear before this version. Every existing value is clear, so each is
 * encrypted, whatever it looks like (a secret may well have the shape {@code <word>:<base64>} of an encrypted value,
 * which a "looks encrypted already" test would skip). Java, because the keys are in the application's
 * configuration; needs none when there are no subscriptions.
 */
public class V202612070200__Encrypt_webhook_secrets extends BaseJavaMigration {

  private final Supplier<PersonalDataCipher> keys;

  /** As Flyway finds it at deployment: the keys from the application's MicroProfile Config. */
  public V202612070200__Encrypt_webhook_secrets() {
    this(PersonalDataCipher::configured);
  }

  /** With the keys given, for a test that migrates a database outside the application server. */
  public V202612070200__Encrypt_webhook_secrets(Supplier<PersonalDataCipher> keys) {
    this.keys = keys;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    // subscriptions are a handful per kommune: read at once, no batching needed
    Map<String, String> clear = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("select id::text, secret from events.subscription");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        clear.put(r.getString(1), r.getString(2));
      }
    }
    if (clear.isEmpty()) {
      return;
    }
    PersonalDataCipher cipher = keys.get();
    try (PreparedStatement u = c.prepareStatement("update events.subscription set secret = ? where id = ?::uuid")) {
      for (Map.Entry<String, String> row : clear.entrySet()) {
        u.setString(1, cipher.encrypt(row.getValue(), Subscriptions.SECRET_COLUMN.context()));
        u.setString(2, row.getKey());
        u.addBatch();
      }
      u.executeBatch();
    }
  }
}
