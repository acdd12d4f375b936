package dk.jobbro.api.shared.input;

/**
 * Control characters have no place in what a person types: a NUL cannot even be stored by PostgreSQL, and the others
 * (escape sequences, form feeds, C1 codes) only hide or garble text on screen and in logs. Tab, carriage return and
 * line feed are the exceptions, and only in text that may span several lines.
 */
public final class ControlCharacters {

  /** The message for text that holds a control character; it never repeats the text. */
  public static final String MESSAGE = "must not contain control characters";

  /** The message for single-line text that holds a tab or line break. */
  public static final String SINGLE_LINE_MESSAGE = "must be a single line without tabs or control characters";

  private ControlCharacters() {}

  /** Whether the text holds a control character other than tab, CR and LF. */
  public static boolean inAnyText(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds any control character, tab, CR and LF included. */
  public static boolean inSingleLine(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
