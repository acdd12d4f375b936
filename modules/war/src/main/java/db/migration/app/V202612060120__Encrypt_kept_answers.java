package db.migration.app;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.app.idempotency.StoredResponses;
import java.util.function.Supplier;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Encrypts the answers kept under Idempotency-Keys before their bodies were stored encrypted (a handover's answer
 * holds the CPR number). Java, because the key is in the application's configuration; needs none when there are no
 * kept answers.
 */
public class V202612060120__Encrypt_kept_answers extends BaseJavaMigration {

  private final Supplier<PersonalDataCipher> keys;

  /** As Flyway finds it at deployment: the keys from the application's MicroProfile Config. */
  public V202612060120__Encrypt_kept_answers() {
    this(PersonalDataCipher::configured);
  }

  /** With the keys given, for a test that migrates a database outside the application server. */
  public V202612060120__Encrypt_kept_answers(Supplier<PersonalDataCipher> keys) {
    this.keys = keys;
  }

  @Override
  public void migrate(Context context) throws Exception {
    StoredResponses.BODY_COLUMN.encryptClearValues(context.getConnection(), keys.get());
  }
}
