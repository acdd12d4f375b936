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
 * The annotated text must be a CVR number that {@link dk.jobbro.api.shared.Cvr#parse} accepts:
 * 8 digits passing the modulus 11 check.
 *
 * <p>{@code null} is valid, so that optional fields work; combine with {@code @NotNull} where the
 * value is required. The default message does not echo the rejected value.
 */
@Documented
@Constraint(validatedBy = ValidCvrValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCvr {

  /** The violation message; it must never contain the rejected value. */
  String message() default "must be a valid CVR number of 8 digits";

  /** Validation groups, as every constraint must declare. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};
}
