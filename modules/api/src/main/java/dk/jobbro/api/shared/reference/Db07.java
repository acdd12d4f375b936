package dk.jobbro.api.shared.reference;

import java.util.Optional;

/**
 * DB07 industry codes (Danmarks Statistik's Dansk Branchekode 2007), the list shipped in {@code db07.tsv}: its
 * header names the source and version. Codes are written without dots, at any of the four DB07 levels: 2 digits
 * (hovedgruppe), 3 (gruppe), 4 (branchegruppe) or 6 (undergruppe, as in the CVR register).
 */
public final class Db07 {

  private static final CodeList CODES = CodeList.load("db07.tsv");

  private Db07() {}

  /** Whether the code is a DB07 code in force. */
  public static boolean isKnown(String code) {
    return code != null && CODES.contains(code);
  }

  /** The Danish title of a DB07 code. */
  public static Optional<String> title(String code) {
    return CODES.title(code);
  }

  /** How many codes the list holds with this many digits (2, 3, 4 or 6). */
  public static long codesOfLength(int digits) {
    return CODES.codesOfLength(digits).size();
  }
}
