package dk.jobbro.api.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.jobbro.api.shared.input.DateBounds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date ({@code LocalDate}, {@code YearMonth} or {@code Instant}) within {@link DateBounds}: 1900-01-01 to
 * 2199-12-31. Null is left to {@code @NotNull}. Every date a client sends carries it (the ArchitectureTest checks the
 * request records); query parameters get the same bounds from {@code Parameters}.
 *
 * <p>A constraint of our own rather than {@code @Past}/{@code @Future}-style standard ones for the reason given in
 * {@link Text}: Payara's OpenAPI generator crashes on several standard constraints on constructor parameters, and a
 * record component's constraints are copied onto its constructor.
 */
@Documented
@Constraint(validatedBy = DateRangeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface DateRange {

  String message() default DateBounds.MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
