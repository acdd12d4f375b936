package dk.jobbro.api.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validators are called directly, without a Bean Validation provider (none is on the test classpath). */
class DateRangeAndDecimalsValidatorTest {

  private final DateRangeValidator dates = new DateRangeValidator();

  @Test
  void everyKindOfDateIsHeldToTheSameBounds() {
    assertThat(dates.isValid(LocalDate.parse("+999999999-12-31"), null)).isFalse();
    assertThat(dates.isValid(LocalDate.parse("-999999999-01-01"), null)).isFalse();
    assertThat(dates.isValid(LocalDate.of(2036, 1, 1), null)).isTrue();
    assertThat(dates.isValid(YearMonth.of(1899, 12), null)).isFalse();
    assertThat(dates.isValid(Instant.MAX, null)).isFalse();
    assertThat(dates.isValid(Instant.parse("2026-12-05T06:00:00Z"), null)).isTrue();
    assertThat(dates.isValid(null, null)).isTrue();
  }

  @Test
  void aTimeOfDayIsAProgrammingError() {
    assertThatThrownBy(() -> dates.isValid(LocalTime.NOON, null)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest(name = "{0} with at most {1} decimal(s) -> {2}")
  @CsvSource({
    "37,          1, true",
    "37.5,        1, true",
    "37.50,       1, true",
    "0.0001,      1, false",
    "37.25,       1, false",
    "37.25,       2, true",
    "1e308,       1, true",
    "-0.5,        0, false",
  })
  void atMostTheGivenDecimals(String number, int decimals, boolean valid) {
    assertThat(decimals(decimals).isValid(Double.valueOf(number), null)).isEqualTo(valid);
    assertThat(decimals(decimals).isValid(new BigDecimal(number), null)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} hours -> {1}")
  @CsvSource({"0.1, true", "60, true", "0, false", "60.1, false", "1e308, false", "-1e308, false", "0.05, false"})
  void hoursPerWeekFromATenthTo60(double hours, boolean valid) {
    assertThat(decimals(1, 0.1, 60).isValid(hours, null)).isEqualTo(valid);
  }

  @Test
  void notANumberAndInfinityAreNeverValid() {
    assertThat(decimals(1).isValid(Double.NaN, null)).isFalse();
    assertThat(decimals(1).isValid(Double.POSITIVE_INFINITY, null)).isFalse();
    assertThat(decimals(1).isValid(null, null)).isTrue();
  }

  private static DecimalsValidator decimals(int value) {
    return decimals(value, -Double.MAX_VALUE, Double.MAX_VALUE);
  }

  private static DecimalsValidator decimals(int value, double min, double max) {
    DecimalsValidator v = new DecimalsValidator();
    v.initialize(new Decimals() {
      @Override public int value() { return value; }
      @Override public double min() { return min; }
      @Override public double max() { return max; }
      @Override public String message() { return ""; }
      @Override public Class<?>[] groups() { return new Class<?>[0]; }
      @SuppressWarnings("unchecked")
      @Override public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
      @Override public Class<? extends Annotation> annotationType() { return Decimals.class; }
    });
    return v;
  }
}
