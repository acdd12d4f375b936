package dk.jobbro.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "13748136,     13748136",   // Erhvervsstyrelsen's worked example
    "24256790,     24256790",
    "13585628,     13585628",
    "20000090,     20000090",   // remainder 0 gives check digit 0
    "01234560,     01234560",   // leading 0: no official rule against it
    "' 24256790 ', 24256790",
  })
  void acceptsNumbersPassingModulus11(String text, String value) {
    assertThat(Cvr.isValid(text)).isTrue();
    assertThat(Cvr.parse(text).value()).isEqualTo(value);
    assertThat(Cvr.parse(text)).hasToString(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"24256791", "13748137", "13748135", "10000000", "12345678"})
  void rejectsAWrongCheckDigit(String text) {
    assertThat(Cvr.isValid(text)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cvr.parse(text))
        .withMessage("CVR number fails the modulus 11 check");
  }

  /**
   * Serial 1000005 weighs 2 x 1 + 2 x 5 = 12, remainder 1, so its check digit would have to be
   * 10: no 8-digit CVR number can start with it.
   */
  @Test
  void rejectsEveryCheckDigitWhenTheRemainderIs1() {
    IntStream.rangeClosed(0, 9).forEach(checkDigit ->
        assertThat(Cvr.isValid("1000005" + checkDigit)).as("check digit %d", checkDigit).isFalse());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
    "   ",
    "2425679",           // 7 digits
    "242567900",         // 9 digits
    "2425 6790",
    "24-25-67-90",
    "DK24256790",
    "2425679O",          // letter O
    "٢٤٢٥٦٧٩٠",          // Arabic-Indic digits
  })
  void rejectsBadlyFormedText(String text) {
    assertThat(Cvr.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Cvr.parse(text));
  }

  @Test
  void namesTheFormatProblem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cvr.parse("2425679"))
        .withMessage("CVR number must be 8 digits");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cvr.parse(null))
        .withMessage("CVR number is missing");
  }

  @Test
  void isEqualByValue() {
    assertThat(Cvr.parse("24256790"))
        .isEqualTo(Cvr.parse(" 24256790"))
        .hasSameHashCodeAs(Cvr.parse("24256790"))
        .isNotEqualTo(Cvr.parse("13748136"));
  }
}
