package dk.jobbro.api.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A finite number from {@link #min()} to {@link #max()} with at most {@link #value()} digits after the decimal point,
 * as its column stores it (for example hours per week in {@code numeric(4,1)}): otherwise 0.0001 would round to 0 in
 * the database and fail a check there instead of here. Null is left to {@code @NotNull}. Not the standard
 * {@code @Digits}/{@code @DecimalMin}, for the reason given in {@link Text}.
 */
@Documented
@Constraint(validatedBy = DecimalsValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Decimals {

  /** The most digits allowed after the decimal point. */
  int value();

  /** The smallest value allowed. */
  double min() default -Double.MAX_VALUE;

  /** The largest value allowed. */
  double max() default Double.MAX_VALUE;

  /** Used only when no context is at hand; the validator words each failure itself. */
  String message() default "must be a number within its range with at most {value} decimal(s)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
