package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.reference.Db07;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownIndustryCode} against the shipped list; a value of the wrong form is left to the pattern. */
public class KnownIndustryCodeValidator implements ConstraintValidator<KnownIndustryCode, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || !value.toString().matches("\\d{2,6}")) {
      return true;
    }
    return Db07.isKnown(value.toString());
  }
}
