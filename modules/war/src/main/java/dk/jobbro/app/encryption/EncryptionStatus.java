package dk.jobbro.app.encryption;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the encryption of personal data at rest stands: the key new values are encrypted under, and per encrypted
 * column how many values a re-encryption just moved to it and how many are still under another key.
 *
 * @param currentKeyId the configured current key id ({@code jobbro.encryption.key-id})
 * @param columns every encrypted column, as {@code schema.table.column}
 */
@Schema(name = "EncryptionStatus")
public record EncryptionStatus(@NotNull String currentKeyId, @NotNull List<Column> columns) {

  /**
   * @param column {@code schema.table.column}
   * @param reencrypted values re-encrypted by this call (0 for a status read)
   * @param remaining values still under another key; 0 everywhere means the old key may be removed
   */
  @Schema(name = "EncryptedColumnStatus")
  public record Column(@NotNull String column, long reencrypted, long remaining) {}
}
