package dk.jobbro.app.idempotency;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.EncryptedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kept answers' encrypted bodies, for the key rotation. */
@ApplicationScoped
public class KeptAnswersEncryptedColumns implements EncryptedColumns {

  @Override
  public List<EncryptedColumn> encryptedColumns() {
    return List.of(StoredResponses.BODY_COLUMN);
  }
}
