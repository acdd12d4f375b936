package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.input.ControlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Text}: a missing or blank required text gets "is required", a control character (tab and line breaks
 * included unless multi-line) its own message, too long text the length message.
 */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

  private int max;
  private boolean required;
  private boolean multiline;

  @Override
  public void initialize(Text text) {
    this.max = text.max();
    this.required = text.required();
    this.multiline = text.multiline();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank() && !ControlCharacters.inAnyText(value)) {
      if (!required) {
        return true;
      }
      return fail(context, "is required");
    }
    if (multiline ? ControlCharacters.inAnyText(value) : ControlCharacters.inSingleLine(value)) {
      return fail(context, multiline ? ControlCharacters.MESSAGE : ControlCharacters.SINGLE_LINE_MESSAGE);
    }
    return value.length() <= max;
  }

  private static boolean fail(ConstraintValidatorContext context, String message) {
    if (context != null) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    }
    return false;
  }
}
