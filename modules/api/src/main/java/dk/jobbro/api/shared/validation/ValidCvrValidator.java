package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.Cvr;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCvr} by delegating to {@link Cvr#isValid}, so both apply the same rules. */
public class ValidCvrValidator implements ConstraintValidator<ValidCvr, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    // Null is left to @NotNull, so optional fields can use this constraint too.
    return value == null || Cvr.isValid(value.toString());
  }
}
