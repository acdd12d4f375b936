package dk.jobbro.api.shared;

/**
 * A Danish CVR number: the 8-digit identifier of a legal entity in the central business register.
 *
 * <p>The first 7 digits are a serial number and the 8th is a modulus 11 check digit, so a number is
 * valid when the sum of its digits weighted 2,7,6,5,4,3,2,1 is divisible by 11. Serials whose
 * check digit would have to be 10 are never issued, and this test rejects them as well.
 *
 * <p>A leading 0 is accepted. Erhvervsstyrelsen and Danmarks Statistik define the number only as
 * "8 digits, 7 serial plus check digit" and state no rule about the first digit, so rejecting it
 * would be a guess (some libraries, e.g. python-stdnum, do reject it). Existence is a question for
 * the CVR register, not for this format check.
 *
 * <p>Only the plain 8 digits are accepted: no spaces inside, no "DK" prefix. Surrounding whitespace
 * is ignored.
 */
public final class Cvr {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private static final String WRONG_FORMAT = "CVR number must be 8 digits";
  private static final String WRONG_CHECK_DIGIT = "CVR number fails the modulus 11 check";
  private static final String MISSING = "CVR number is missing";

  private final String value;

  private Cvr(String value) {
    this.value = value;
  }

  /**
   * Parses an 8-digit CVR number.
   *
   * @throws IllegalArgumentException if the text is missing, not 8 digits or fails the check;
   *     the message does not repeat the input
   */
  public static Cvr parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException(MISSING);
    }
    String digits = text.strip();
    if (!isEightDigits(digits)) {
      throw new IllegalArgumentException(WRONG_FORMAT);
    }
    if (!passesModulus11(digits)) {
      throw new IllegalArgumentException(WRONG_CHECK_DIGIT);
    }
    return new Cvr(digits);
  }

  /** Tells whether {@link #parse(String)} would accept the text; {@code null} is not valid. */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String digits = text.strip();
    return isEightDigits(digits) && passesModulus11(digits);
  }

  /** The 8 digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cvr cvr && value.equals(cvr.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the 8 digits; a CVR number is public information. */
  @Override
  public String toString() {
    return value;
  }

  /** ASCII only, because {@link Character#isDigit} also accepts non-Latin digits. */
  private static boolean isEightDigits(String text) {
    return text.length() == WEIGHTS.length && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean passesModulus11(String digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }
}
