package db.migration.app;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.app.idempotency.StoredResponses;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Encrypts the answers kept under Idempotency-Keys before their bodies were stored encrypted (a handover's answer
 * holds the CPR number). Java, because the key is in the application's configuration; needs none when there are no
 * kept answers.
 */
public class V202612060120__Encrypt_kept_answers extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    StoredResponses.BODY_COLUMN.encryptClearValues(context.getConnection(), PersonalDataCipher.configured());
  }
}
