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
 * The annotated code must be in the reference list {@link dk.jobbro.api.shared.reference.Db07}. Only codes of the
 * right form are looked up: the form is the field's {@code @Pattern}, which names it in the OpenAPI schema, so a
 * malformed value gets one violation, not two. {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = KnownIndustryCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownIndustryCode {

  /** The violation message; it must never contain the rejected value. */
  String message() default "must be a DB07 industry code in force (2, 3, 4 or 6 digits)";

  /** Validation groups, as every constraint must declare. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};
}
