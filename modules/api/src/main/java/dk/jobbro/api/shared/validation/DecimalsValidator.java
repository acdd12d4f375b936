package dk.jobbro.api.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Decimals} on the shortest decimal form of the number, so 37.5 has one decimal and 37.50 too. */
public class DecimalsValidator implements ConstraintValidator<Decimals, Number> {

  private int decimals;

  @Override
  public void initialize(Decimals annotation) {
    this.decimals = annotation.value();
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    double d = value.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return false;
    }
    BigDecimal exact = value instanceof BigDecimal big ? big : BigDecimal.valueOf(d);
    return exact.stripTrailingZeros().scale() <= decimals;
  }
}
