package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.reference.Db07;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link KnownIndustryCode} against the shipped list; a value of the wrong form is left to the pattern. */
public class KnownIndustryCodeValidator implements ConstraintValidator<KnownIndustryCode, CharSequence> {

  /** A DB07 code's form, compiled once rather than on every value checked. */
  private static final Pattern FORM = Pattern.compile("\\d{2,6}");

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || !FORM.matcher(value).matches()) {
      return true;
    }
    return Db07.isKnown(value.toString());
  }
}
