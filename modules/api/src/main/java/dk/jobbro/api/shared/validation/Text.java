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
 * Free text with a length limit: when {@link #required()} it must contain a non-blank character; it must never be
 * longer than {@link #max()} characters, and it never holds a control character (see
 * {@link dk.jobbro.api.shared.input.ControlCharacters}): tab, CR and LF only where {@link #multiline()} allows them.
 *
 * <p>Why not {@code @NotBlank @Size}: Payara 6's OpenAPI generator crashes (NullPointerException in
 * {@code ApplicationProcessor.addSchemaParameter}) on the standard size, min/max and not-blank constraints when they
 * sit on a method or constructor parameter that is not a {@code @PathParam}, and a record component's constraints
 * are copied onto the record's constructor parameters. The ArchitectureTest keeps those constraints off parameters.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

  /** The longest text allowed, in characters. */
  int max();

  /** Whether the text must be present and not blank. */
  boolean required() default true;

  /** Whether the text may span lines (notes, descriptions): then tab, CR and LF are allowed. */
  boolean multiline() default false;

  String message() default "must be at most {max} characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
