package dk.jobbro.api.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/**
 * Checks {@link Decimals} on the shortest decimal form of the number, so 37.5 has one decimal and 37.50 too. Each
 * failure gets its own message, which names the bounds but never the rejected value.
 */
public class DecimalsValidator implements ConstraintValidator<Decimals, Number> {

  private int decimals;
  private double min;
  private double max;

  @Override
  public void initialize(Decimals annotation) {
    this.decimals = annotation.value();
    this.min = annotation.min();
    this.max = annotation.max();
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    double d = value.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return fail(context, "must be a finite number");
    }
    if (d < min || d > max) {
      return fail(context, "must be from " + plain(min) + " to " + plain(max));
    }
    BigDecimal exact = value instanceof BigDecimal big ? big : BigDecimal.valueOf(d);
    if (exact.stripTrailingZeros().scale() > decimals) {
      return fail(context, "must have at most " + decimals + (decimals == 1 ? " decimal" : " decimals"));
    }
    return true;
  }

  private static String plain(double bound) {
    return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
  }

  private static boolean fail(ConstraintValidatorContext context, String message) {
    if (context != null) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    }
    return false;
  }
}
