package dk.jobbro.api.shared;

/**
 * A kommunekode: the 3-digit code of a Danish kommune, e.g. {@code 101} (København).
 *
 * <p>CPR and DAWA write the same code padded to 4 digits ({@code 0101}); both forms are accepted
 * and held as 3 digits, which is the key used throughout Jobbro and in {@code reference.kommune}.
 *
 * <p>This is a format check only. Whether the code belongs to one of the 98 kommuner is checked
 * against the reference table, because codes that are well formed but not kommuner exist (411
 * Christiansø, for example).
 */
public final class KommuneKode {

  private static final int LENGTH = 3;

  private static final String WRONG_FORMAT =
      "Kommunekode must be 3 digits, or 4 digits with a leading 0";
  private static final String MISSING = "Kommunekode is missing";

  private final String value;

  private KommuneKode(String value) {
    this.value = value;
  }

  /**
   * Parses {@code "101"} or {@code "0101"}; surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException if the text is missing or not in either form
   */
  public static KommuneKode parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException(MISSING);
    }
    String code = normalise(text.strip());
    if (code == null) {
      throw new IllegalArgumentException(WRONG_FORMAT);
    }
    return new KommuneKode(code);
  }

  /** Tells whether {@link #parse(String)} would accept the text; {@code null} is not. */
  public static boolean isWellFormed(String text) {
    return text != null && normalise(text.strip()) != null;
  }

  /** The 3-digit code. */
  public String value() {
    return value;
  }

  /** The 4-digit form used by CPR and DAWA, e.g. {@code 0101}. */
  public String fourDigitForm() {
    return "0" + value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KommuneKode kode && value.equals(kode.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the 3-digit code. */
  @Override
  public String toString() {
    return value;
  }

  /** Returns the 3-digit code, or {@code null} if the text is neither form. */
  private static String normalise(String text) {
    String code;
    if (text.length() == LENGTH) {
      code = text;
    } else if (text.length() == LENGTH + 1 && text.charAt(0) == '0') {
      code = text.substring(1);
    } else {
      return null;
    }
    // ASCII only, because Character.isDigit also accepts non-Latin digits.
    return code.chars().allMatch(c -> c >= '0' && c <= '9') ? code : null;
  }
}
