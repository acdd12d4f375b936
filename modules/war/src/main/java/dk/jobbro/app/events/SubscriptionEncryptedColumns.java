package dk.jobbro.app.events;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.EncryptedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The webhook subscriptions' encrypted secrets, for the key rotation. */
@ApplicationScoped
public class SubscriptionEncryptedColumns implements EncryptedColumns {

  @Override
  public List<EncryptedColumn> encryptedColumns() {
    return List.of(Subscriptions.SECRET_COLUMN);
  }
}
