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
 * The annotated text must be a CPR number that {@link dk.jobbro.api.shared.Cpr#parse} accepts:
 * {@code DDMMYYSSSS} or {@code DDMMYY-SSSS} with a valid birth date. Modulus 11 is not checked.
 *
 * <p>{@code null} is valid, so that optional fields work; combine with {@code @NotNull} where the
 * value is required. The default message does not echo the rejected value.
 */
@Documented
@Constraint(validatedBy = ValidCprValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCpr {

  /** The violation message; it must never contain the rejected value. */
  String message() default "must be a valid CPR number, DDMMYY-SSSS";

  /** Validation groups, as every constraint must declare. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};
}
