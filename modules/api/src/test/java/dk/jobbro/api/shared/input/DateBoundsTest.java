package dk.jobbro.api.shared.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateBoundsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "-999999999-01-01, false",
    "1899-12-31,       false",
    "1900-01-01,       true",
    "2036-02-29,       true",
    "2199-12-31,       true",
    "2200-01-01,       false",
    "+999999999-12-31, false",
  })
  void datesFrom1900To2199(String date, boolean inside) {
    assertThat(DateBounds.contains(LocalDate.parse(date))).isEqualTo(inside);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1899-12-31T23:59:59Z, false",
    "1900-01-01T00:00:00Z, true",
    "2199-12-31T23:59:59Z, true",
    "2200-01-01T00:00:00Z, false",
  })
  void instantsByTheirUtcDate(String instant, boolean inside) {
    assertThat(DateBounds.contains(Instant.parse(instant))).isEqualTo(inside);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1899-12, false", "1900-01, true", "2199-12, true", "2200-01, false"})
  void monthsByTheirFirstDay(String month, boolean inside) {
    assertThat(DateBounds.contains(YearMonth.parse(month))).isEqualTo(inside);
  }

  @org.junit.jupiter.api.Test
  void theMessageNamesTheBoundsNotTheValue() {
    assertThat(DateBounds.MESSAGE).isEqualTo("must be between " + DateBounds.EARLIEST + " and " + DateBounds.LATEST);
  }
}
