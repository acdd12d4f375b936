package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.KommuneKode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link WellFormedKommuneKode} by delegating to {@link KommuneKode#isWellFormed}, so both
 * apply the same rules.
 */
public class WellFormedKommuneKodeValidator
    implements ConstraintValidator<WellFormedKommuneKode, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    // Null is left to @NotNull, so optional fields can use this constraint too.
    return value == null || KommuneKode.isWellFormed(value.toString());
  }
}
