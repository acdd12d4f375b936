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
 * A finite number with at most {@link #value()} digits after the decimal point, as its column stores it (for example
 * hours per week in {@code numeric(4,1)}): otherwise 0.0001 would round to 0 in the database and fail a check there
 * instead of here. The bounds stay with the service's own checks; null is left to {@code @NotNull}. Not the standard
 * {@code @Digits}, for the reason given in {@link Text}.
 */
@Documented
@Constraint(validatedBy = DecimalsValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Decimals {

  /** The most digits allowed after the decimal point. */
  int value();

  String message() default "must be a number with at most {value} decimal(s)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
