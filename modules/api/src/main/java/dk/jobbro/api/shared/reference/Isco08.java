package dk.jobbro.api.shared.reference;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ISCO-08 occupation codes (the ILO's International Standard Classification of Occupations 2008), the list shipped
 * in {@code isco-08.tsv}: its header names the source and version. Jobbro takes occupations at every ISCO-08 level
 * (1 to 4 digits) and Danish DISCO-08 codes of 5 or 6 digits; DISCO-08's own list is not shipped, so a DISCO-08
 * code is known when its first four digits are an ISCO-08 unit group (what matching compares anyway).
 */
public final class Isco08 {

  /** The digits of an ISCO-08 unit group, the finest level of the international list. */
  public static final int UNIT_GROUP_DIGITS = 4;

  private static final CodeList CODES = CodeList.load("isco-08.tsv");

  /** An occupation code's form: 1 to 4 digits (ISCO-08) or 5 or 6 (DISCO-08); compiled once, it is checked often. */
  private static final Pattern FORM = Pattern.compile("\\d{1,6}");

  private Isco08() {}

  /** Whether the value has an occupation code's form (1 to 6 digits), known or not. */
  public static boolean hasCodeForm(CharSequence code) {
    return code != null && FORM.matcher(code).matches();
  }

  /** Whether the code (digits only) is an ISCO-08 group of any level, or a DISCO-08 code of a known unit group. */
  public static boolean isKnown(String code) {
    if (!hasCodeForm(code)) {
      return false;
    }
    return code.length() <= UNIT_GROUP_DIGITS ? CODES.contains(code)
        : CODES.contains(code.substring(0, UNIT_GROUP_DIGITS));
  }

  /** The English title of an ISCO-08 group (1 to 4 digits). */
  public static Optional<String> title(String code) {
    return CODES.title(code);
  }

  /** How many groups the list holds at a level: 1 major, 2 sub-major, 3 minor, 4 unit groups. */
  public static long groupsAtLevel(int digits) {
    return CODES.codesOfLength(digits).size();
  }

  /** The 436 unit groups (4 digits), in code order. */
  public static List<String> unitGroups() {
    return CODES.codesOfLength(UNIT_GROUP_DIGITS);
  }
}
