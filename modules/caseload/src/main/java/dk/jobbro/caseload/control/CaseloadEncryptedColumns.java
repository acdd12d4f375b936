package dk.jobbro.caseload.control;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.EncryptedColumns;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseHandoverContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The caseload schema's encrypted columns, for the key rotation. */
@ApplicationScoped
public class CaseloadEncryptedColumns implements EncryptedColumns {

  @Override
  public List<EncryptedColumn> encryptedColumns() {
    return List.of(CaseFile.CPR_COLUMN, CaseHandoverContent.HEALTH_COLUMN);
  }
}
