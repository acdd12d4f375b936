package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.reference.Isco08;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownOccupationCode} against the shipped list; a value of the wrong form is left to the pattern. */
public class KnownOccupationCodeValidator implements ConstraintValidator<KnownOccupationCode, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (!Isco08.hasCodeForm(value)) {
      return true;
    }
    return Isco08.isKnown(value.toString());
  }
}
