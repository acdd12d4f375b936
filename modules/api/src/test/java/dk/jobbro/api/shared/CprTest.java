package dk.jobbro.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

  private static final String WRONG_FORMAT = "CPR number must be 10 digits, DDMMYY-SSSS";
  private static final String NO_BIRTH_DATE = "CPR number has no valid birth date";

  /**
   * The CPR office's century table (domain.md 5.2) for every value of digit 7, at both ends of
   * each YY column. The CPR built for a row is 0101 + YY + digit 7 + 234.
   */
  @ParameterizedTest(name = "digit 7 = {0}")
  @CsvSource({
    // digit7, YY=00, YY=36, YY=37, YY=57, YY=58, YY=99
    "0, 1900, 1936, 1937, 1957, 1958, 1999",
    "1, 1900, 1936, 1937, 1957, 1958, 1999",
    "2, 1900, 1936, 1937, 1957, 1958, 1999",
    "3, 1900, 1936, 1937, 1957, 1958, 1999",
    "4, 2000, 2036, 1937, 1957, 1958, 1999",
    "5, 2000, 2036, 2037, 2057, 1858, 1899",
    "6, 2000, 2036, 2037, 2057, 1858, 1899",
    "7, 2000, 2036, 2037, 2057, 1858, 1899",
    "8, 2000, 2036, 2037, 2057, 1858, 1899",
    "9, 2000, 2036, 1937, 1957, 1958, 1999",
  })
  void resolvesTheCenturyFromDigit7AndTheYear(
      int digit7, int yy00, int yy36, int yy37, int yy57, int yy58, int yy99) {
    assertThat(birthYear("00", digit7)).isEqualTo(yy00);
    assertThat(birthYear("36", digit7)).isEqualTo(yy36);
    assertThat(birthYear("37", digit7)).isEqualTo(yy37);
    assertThat(birthYear("57", digit7)).isEqualTo(yy57);
    assertThat(birthYear("58", digit7)).isEqualTo(yy58);
    assertThat(birthYear("99", digit7)).isEqualTo(yy99);
  }

  private static int birthYear(String yy, int digit7) {
    Cpr cpr = Cpr.parse("0101" + yy + digit7 + "234");
    assertThat(cpr.birthDate().getDayOfYear()).isEqualTo(1);
    return cpr.birthDate().getYear();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0101651234,   1965-01-01",
    "010165-1234,  1965-01-01",
    "'  150384-4022 ', 1984-03-15",
    "'\t2912993995 ', 1999-12-29",
    "2912995995,   1899-12-29",
    "3112574021,   1957-12-31",
    "3112575021,   2057-12-31",
    "3004991234,   1999-04-30",
    "2902004000,   2000-02-29",
    "2902005234,   2000-02-29",
    "2902244123,   2024-02-29",
    "2902241123,   1924-02-29",
  })
  void acceptsBothWrittenFormsAndReadsTheBirthDate(String text, LocalDate birthDate) {
    assertThat(Cpr.isValid(text)).isTrue();
    assertThat(Cpr.parse(text).birthDate()).isEqualTo(birthDate);
  }

  @Test
  void acceptsA1JanuaryNumberThatFailsModulus11() {
    // Precondition: these really fail modulus 11, which CPR has issued since 1 October 2007.
    assertThat(modulus11Remainder("0101651234")).isNotZero();
    assertThat(modulus11Remainder("0101901234")).isNotZero();

    assertThat(Cpr.isValid("010165-1234")).isTrue();
    assertThat(Cpr.parse("0101901234").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
  }

  private static int modulus11Remainder(String digits) {
    int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum % 11;
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
    "   ",
    "010165123",         // 9 digits
    "01016512345",       // 11 digits
    "010165--1234",
    "0101-651234",       // dash in the wrong place
    "010165 1234",       // space is not a separator
    "010165/1234",
    "01016a1234",
    "+101651234",
    "-010165123",
    "٠١٠١٦٥١٢٣٤",        // Arabic-Indic digits are not plain digits
  })
  void rejectsBadlyFormedText(String text) {
    assertThat(Cpr.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Cpr.parse(text));
  }

  @Test
  void namesTheFormatProblem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cpr.parse("01016a1234"))
        .withMessage(WRONG_FORMAT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cpr.parse(null))
        .withMessage("CPR number is missing");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "3102991234",   // 31 February
    "3104991234",   // 31 April
    "0001991234",   // day 0
    "3201991234",   // day 32
    "0100991234",   // month 0
    "0113991234",   // month 13
    "2902231234",   // 1923 is not a leap year
    "2902234123",   // nor is 2023
    "2902000234",   // 1900 is not a leap year (digit 7 = 0), although 2000 is
    "2902588234",   // 1858 is not a leap year
  })
  void rejectsDatesThatDoNotExist(String text) {
    assertThat(Cpr.isValid(text)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cpr.parse(text))
        .withMessage(NO_BIRTH_DATE);
  }

  @ParameterizedTest(name = "last digit of {0} -> {1}")
  @CsvSource({
    "0101651230, FEMALE",
    "0101651231, MALE",
    "0101651232, FEMALE",
    "0101651233, MALE",
    "0101651234, FEMALE",
    "0101651235, MALE",
    "0101651236, FEMALE",
    "0101651237, MALE",
    "0101651238, FEMALE",
    "0101651239, MALE",
  })
  void readsGenderFromTheLastDigit(String text, Gender gender) {
    assertThat(Cpr.parse(text).gender()).isEqualTo(gender);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0101651234,    0101651234, 010165-1234, 010165-xxxx",
    "' 150384-4022', 1503844022, 150384-4022, 150384-xxxx",
    "2912993995,    2912993995, 291299-3995, 291299-xxxx",
  })
  void givesTheStoredFormattedAndMaskedForms(
      String text, String value, String formatted, String masked) {
    Cpr cpr = Cpr.parse(text);

    assertThat(cpr.value()).isEqualTo(value);
    assertThat(cpr.formatted()).isEqualTo(formatted);
    assertThat(cpr.masked()).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0101651234", "150384-4022", "2912993995", "0101009999"})
  void toStringNeverRevealsTheSerial(String text) {
    Cpr cpr = Cpr.parse(text);
    String serial = cpr.value().substring(6);

    assertThat(cpr.toString()).isEqualTo(cpr.masked()).doesNotContain(serial);
    assertThat(cpr.toString().substring(6)).isEqualTo("-xxxx");
    assertThat(String.valueOf(cpr)).doesNotContain(cpr.value());
  }

  /**
   * Whatever is wrong, neither the birth-date part nor the serial of the input may appear in the
   * message, and the message holds no run of 3 or more digits at all.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "3102991234",
    "290223-5678",
    "1399994321",
    "01016a1234",
    "010165123",
    "01016512345",
    "987654-32109",
    "0101-651234",
  })
  void errorMessagesNeverContainTheDigits(String text) {
    IllegalArgumentException error =
        catchThrowableOfType(IllegalArgumentException.class, () -> Cpr.parse(text));

    String digits = text.replace("-", "");
    assertThat(error).isNotNull();
    assertThat(error.getMessage())
        .doesNotContain(text)
        .doesNotContain(digits.substring(0, 6))
        .doesNotContain(digits.substring(6))
        .doesNotContainPattern("\\d{3}");
    // A cause, if any, would be logged with the stack trace.
    assertThat(error.getCause()).isNull();
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    "150384-4022, 2017-03-14, 32",
    "150384-4022, 2017-03-15, 33",
    "0101651234,  2017-06-01, 52",
    "0101651234,  1965-01-01, 0",
    "2902844022,  2017-02-28, 32",   // leap-day birthday: older on 1 March in other years
    "2902844022,  2017-03-01, 33",
    "2902844022,  2016-02-29, 32",
  })
  void computesTheAgeInCompletedYears(String text, LocalDate on, int age) {
    assertThat(Cpr.parse(text).ageOn(on)).isEqualTo(age);
  }

  @Test
  void refusesAnAgeBeforeBirth() {
    Cpr cpr = Cpr.parse("0101651234");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> cpr.ageOn(LocalDate.of(1964, 12, 31)))
        .withMessageNotContaining("1234");
  }

  @Test
  void isEqualWhicheverFormItWasWrittenIn() {
    assertThat(Cpr.parse("010165-1234"))
        .isEqualTo(Cpr.parse(" 0101651234"))
        .hasSameHashCodeAs(Cpr.parse("0101651234"))
        .isNotEqualTo(Cpr.parse("0101651235"));
  }
}
