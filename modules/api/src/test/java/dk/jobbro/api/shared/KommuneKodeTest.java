package dk.jobbro.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KommuneKodeTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "101,      101,  0101",
    "0101,     101,  0101",   // CPR/DAWA form
    "410,      410,  0410",
    "0410,     410,  0410",
    "825,      825,  0825",
    "' 0860 ', 860,  0860",
    "411,      411,  0411",   // well formed; that Christiansø is no kommune is the database's call
  })
  void normalisesToThreeDigits(String text, String value, String fourDigitForm) {
    KommuneKode kode = KommuneKode.parse(text);

    assertThat(KommuneKode.isWellFormed(text)).isTrue();
    assertThat(kode.value()).isEqualTo(value);
    assertThat(kode).hasToString(value);
    assertThat(kode.fourDigitForm()).isEqualTo(fourDigitForm);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
    "   ",
    "1",
    "10",
    "1010",      // 4 digits must start with 0
    "00101",
    "10a",
    "-101",
    "+101",
    "1 01",
    "K101",
    "١٠١",       // Arabic-Indic digits
  })
  void rejectsBadlyFormedText(String text) {
    assertThat(KommuneKode.isWellFormed(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> KommuneKode.parse(text));
  }

  @Test
  void namesTheProblem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KommuneKode.parse("1010"))
        .withMessage("Kommunekode must be 3 digits, or 4 digits with a leading 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KommuneKode.parse(null))
        .withMessage("Kommunekode is missing");
  }

  @Test
  void isEqualWhicheverFormItWasWrittenIn() {
    assertThat(KommuneKode.parse("0101"))
        .isEqualTo(KommuneKode.parse("101"))
        .hasSameHashCodeAs(KommuneKode.parse("101"))
        .isNotEqualTo(KommuneKode.parse("147"));
  }
}
