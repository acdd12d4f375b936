package dk.jobbro.handover.control;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.EncryptedColumns;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The handover schema's encrypted columns, for the key rotation. */
@ApplicationScoped
public class HandoverEncryptedColumns implements EncryptedColumns {

  @Override
  public List<EncryptedColumn> encryptedColumns() {
    return List.of(Handover.CPR_COLUMN, Handover.CONTENT_COLUMN, HandoverRevision.CONTENT_COLUMN);
  }
}
