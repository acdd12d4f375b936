package dk.jobbro.caseload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidaysTest {

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
      "1818, 1818-03-22", // earliest possible date
      "1943, 1943-04-25", // latest possible date
      "2000, 2000-04-23",
      "2008, 2008-03-23",
      "2011, 2011-04-24",
      "2015, 2015-04-05",
      "2016, 2016-03-27",
      "2019, 2019-04-21",
      "2020, 2020-04-12",
      "2021, 2021-04-04",
      "2023, 2023-04-09",
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2026, 2026-04-05",
      "2027, 2027-03-28",
      "2038, 2038-04-25",
      "2285, 2285-03-22"})
  void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
    assertThat(DanishHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void easterIsAlwaysASundayBetween22MarchAnd25April() {
    for (int year = 1700; year <= 2400; year++) {
      LocalDate easter = DanishHolidays.easterSunday(year);
      assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter).as("Easter %d", year)
          .isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
    }
  }

  @Test
  void holidaysOf2023IncludeStoreBededag() {
    assertThat(DanishHolidays.holidays(2023)).containsExactly(
        LocalDate.parse("2023-01-01"), // nytårsdag
        LocalDate.parse("2023-04-06"), // skærtorsdag
        LocalDate.parse("2023-04-07"), // langfredag
        LocalDate.parse("2023-04-09"), // påskedag
        LocalDate.parse("2023-04-10"), // 2. påskedag
        LocalDate.parse("2023-05-05"), // store bededag, for the last time
        LocalDate.parse("2023-05-18"), // Kristi himmelfartsdag
        LocalDate.parse("2023-05-28"), // pinsedag
        LocalDate.parse("2023-05-29"), // 2. pinsedag
        LocalDate.parse("2023-12-25"), // juledag
        LocalDate.parse("2023-12-26")); // 2. juledag
  }

  @Test
  void holidaysOf2024NoLongerIncludeStoreBededag() {
    assertThat(DanishHolidays.holidays(2024)).containsExactly(
        LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-03-28"),
        LocalDate.parse("2024-03-29"),
        LocalDate.parse("2024-03-31"),
        LocalDate.parse("2024-04-01"),
        LocalDate.parse("2024-05-09"),
        LocalDate.parse("2024-05-19"),
        LocalDate.parse("2024-05-20"),
        LocalDate.parse("2024-12-25"),
        LocalDate.parse("2024-12-26"));
  }

  @Test
  void everyYearHasElevenHolidaysUntil2023AndTenFrom2024() {
    for (int year = 1900; year <= 2200; year++) {
      assertThat(DanishHolidays.holidays(year)).as("holidays %d", year).hasSize(year <= 2023 ? 11 : 10);
    }
  }

  @Test
  void holidaysCannotBeChangedByTheCaller() {
    assertThatThrownBy(() -> DanishHolidays.holidays(2025).add(LocalDate.parse("2025-06-05")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0} holiday: {1}")
  @CsvSource({
      "2023-05-05, true", // store bededag 2023
      "2022-05-13, true", // store bededag 2022
      "2024-04-26, false", // would have been store bededag; abolished from 2024
      "2026-05-01, false", // ditto, and 1 May is no holiday
      "2025-01-01, true", // nytårsdag
      "2025-04-17, true", // skærtorsdag
      "2025-04-18, true", // langfredag
      "2025-04-20, true", // påskedag
      "2025-04-21, true", // 2. påskedag
      "2025-05-29, true", // Kristi himmelfartsdag
      "2025-06-08, true", // pinsedag
      "2025-06-09, true", // 2. pinsedag
      "2025-12-25, true", // juledag
      "2025-12-26, true", // 2. juledag
      "2025-06-05, false", // grundlovsdag: a day off by agreement, not a holiday
      "2025-12-24, false", // juleaftensdag
      "2025-12-31, false", // nytårsaftensdag
      "2025-05-01, false", // 1 May
      "2025-06-07, false", // an ordinary Saturday is a non-working day but no holiday
      "2025-06-10, false"})
  void isHoliday(LocalDate date, boolean holiday) {
    assertThat(DanishHolidays.isHoliday(date)).isEqualTo(holiday);
  }

  @ParameterizedTest(name = "{0} working day: {1}")
  @CsvSource({
      "2025-06-06, true", // Friday
      "2025-06-07, false", // Saturday
      "2025-06-08, false", // Sunday (and pinsedag)
      "2025-06-09, false", // Monday, 2. pinsedag
      "2025-06-10, true", // Tuesday
      "2023-05-05, false", // Friday, store bededag 2023
      "2024-04-26, true", // Friday, no longer store bededag
      "2025-06-05, true", // Thursday, grundlovsdag
      "2025-12-24, true", // Wednesday, juleaftensdag
      "2025-12-31, true"}) // Wednesday, nytårsaftensdag
  void isWorkingDay(LocalDate date, boolean workingDay) {
    assertThat(DanishHolidays.isWorkingDay(date)).isEqualTo(workingDay);
  }

  @ParameterizedTest(name = "next working day from {0} is {1}")
  @CsvSource({
      "2025-06-10, 2025-06-10", // a working day is its own answer
      "2025-06-07, 2025-06-10", // Saturday, Sunday/pinsedag, 2. pinsedag
      "2025-04-17, 2025-04-22", // skærtorsdag to the Tuesday after Easter
      "2021-04-01, 2021-04-06",
      "2025-12-24, 2025-12-24",
      "2025-12-25, 2025-12-29", // Christmas Thursday and Friday, then the weekend
      "2026-01-01, 2026-01-02",
      "2027-01-01, 2027-01-04", // nytårsdag on a Friday, then the weekend
      "2023-05-05, 2023-05-08",
      "2024-04-26, 2024-04-26"})
  void nextWorkingDayFrom(LocalDate date, LocalDate expected) {
    assertThat(DanishHolidays.nextWorkingDayFrom(date)).isEqualTo(expected);
  }
}
