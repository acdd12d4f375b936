package dk.jobbro.api.shared.security;

import java.util.List;

/**
 * A module's encrypted columns, as a CDI bean: the key rotation (in the war) re-encrypts every column that some
 * module lists, without knowing the modules' tables itself.
 */
public interface EncryptedColumns {

  List<EncryptedColumn> encryptedColumns();
}
