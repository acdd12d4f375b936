package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.Cpr;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCpr} by delegating to {@link Cpr#isValid}, so both apply the same rules. */
public class ValidCprValidator implements ConstraintValidator<ValidCpr, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    // Null is left to @NotNull, so optional fields can use this constraint too.
    return value == null || Cpr.isValid(value.toString());
  }
}
