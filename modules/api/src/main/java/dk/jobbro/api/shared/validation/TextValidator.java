package dk.jobbro.api.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}: a missing or blank required text gets "is required", too long text the length message. */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

  private int max;
  private boolean required;

  @Override
  public void initialize(Text text) {
    this.max = text.max();
    this.required = text.required();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.toString().isBlank()) {
      if (!required) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("is required").addConstraintViolation();
      return false;
    }
    return value.length() <= max;
  }
}
