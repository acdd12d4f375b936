package dk.jobbro.api.shared.validation;

import dk.jobbro.api.shared.input.DateBounds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;

/** Checks {@link DateRange} for the kinds of date the API takes; any other temporal type is a programming error. */
public class DateRangeValidator implements ConstraintValidator<DateRange, Temporal> {

  @Override
  public boolean isValid(Temporal value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value instanceof LocalDate date) {
      return DateBounds.contains(date);
    }
    if (value instanceof YearMonth month) {
      return DateBounds.contains(month);
    }
    if (value instanceof Instant instant) {
      return DateBounds.contains(instant);
    }
    throw new IllegalStateException("@DateRange does not apply to " + value.getClass().getName());
  }
}
