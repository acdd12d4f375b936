package dk.jobbro.app.encryption;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.EncryptedColumns;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Moves every encrypted value to the current key: the step of a key rotation after the operator has configured a new
 * key and made it current (server-config/README.md). Works column by column in batches of its own, each committed
 * at once, so a long run holds no locks and can be interrupted and repeated; values are replaced only if unchanged
 * since read, so it may run beside traffic and on two instances at once. Reads keep working throughout, because
 * every value names the key that decrypts it and both keys are configured until the run reports 0 remaining.
 */
@ApplicationScoped
public class KeyRotation {

  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @Inject
  @Any
  Instance<EncryptedColumns> modules;

  /** Every module's encrypted columns, in a stable order. */
  List<EncryptedColumn> columns() {
    List<EncryptedColumn> all = new ArrayList<>();
    modules.forEach(m -> all.addAll(m.encryptedColumns()));
    all.sort(Comparator.comparing(EncryptedColumn::context));
    return all;
  }

  /** How many values are not yet under the current key, per column. */
  public EncryptionStatus status() {
    return run(false);
  }

  /** Re-encrypts what is not under the current key, and reports what remains (0 unless rows changed meanwhile). */
  public EncryptionStatus reencrypt() {
    return run(true);
  }

  private EncryptionStatus run(boolean reencrypt) {
    PersonalDataCipher cipher = PersonalDataCipher.configured();
    String keyId = cipher.currentKeyId();
    List<EncryptionStatus.Column> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (EncryptedColumn column : columns()) {
        int done = reencrypt ? column.reencrypt(c, cipher) : 0;
        out.add(new EncryptionStatus.Column(column.context(), done, column.notUnderCurrentKey(c, cipher)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("re-encryption failed (SQL state " + e.getSQLState() + ")", e);
    }
    if (reencrypt) {
      LOG.info(() -> "Re-encrypted under key " + keyId + ": " + out.stream()
          .map(x -> x.column() + " " + x.reencrypted() + " (" + x.remaining() + " left)").toList());
    }
    return new EncryptionStatus(keyId, out);
  }
}
