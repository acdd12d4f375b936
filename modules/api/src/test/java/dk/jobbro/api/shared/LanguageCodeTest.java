package dk.jobbro.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodeTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "da, da", "dan, da", "Danish, da", "dansk, da", "DANSK, da", "'  Dansk ', da",
    "en, en", "English, en", "en-GB, en", "en_US, en",
    "Arabic, ar", "arabisk, ar", "العربية, ar",
    "Tigrinya, ti", "tir, ti", "ትግርኛ, ti",
    "Somali, so", "Persian, fa", "Farsi, fa", "per, fa", "Dari, fa", "prs, fa",
    "Pashto, ps", "Kurdish, ku", "Kurmanji, ku", "Sorani, ku", "ckb, ku",
    "Ukrainian, uk", "українська, uk", "Russian, ru", "Turkish, tr", "Amharic, am", "Oromo, om",
    "'Afaan  Oromoo', om", "Tamil, ta", "Urdu, ur", "French, fr", "fransk, fr", "German, de", "tysk, de",
    "Spanish, es", "español, es"
  })
  void everySpellingOfALanguageIsItsIso6391Code(String text, String code) {
    assertThat(LanguageCode.parse(text).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "Klingon", "xx", "d a", "en-", "danish-ish"})
  void unknownOrMissingIsRefused(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> LanguageCode.parse(text));
  }

  @Test
  void equalCodesAreEqualValues() {
    assertThat(LanguageCode.parse("Danish")).isEqualTo(LanguageCode.parse("da")).hasToString("da");
    assertThat(LanguageCode.parse("Danish")).hasSameHashCodeAs(LanguageCode.parse("dan"));
    assertThat(LanguageCode.parse("fa")).isNotEqualTo(LanguageCode.parse("ps"));
  }

  @Test
  void everyCodeIsTwoLowerCaseLettersAndItsOwnAlias() {
    assertThat(LanguageCode.codes()).hasSizeGreaterThan(17).allMatch(c -> c.matches("[a-z]{2}"));
    for (String code : LanguageCode.codes()) {
      assertThat(LanguageCode.parse(code).value()).isEqualTo(code);
    }
  }

  @Test
  void aRequestsLanguagesAreCodesInOrder() {
    assertThat(LanguageCode.allOf(List.of("Dansk", "English", "ti"), "languages")).extracting(LanguageCode::value)
        .containsExactly("da", "en", "ti");
  }

  @Test
  void eachUnknownOrRepeatedLanguageIsAViolationOfItsField() {
    assertThatThrownBy(() -> LanguageCode.allOf(List.of("da", "Klingon", "Danish"), "languages"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.violations()).extracting(Problem.Violation::field)
              .containsExactly("languages[1].language", "languages[2].language");
          assertThat(e.violations().get(1).message()).contains("da");
        });
  }

  @Test
  void theMigrationsAliasTableIsTheSameTable() throws IOException {
    String sql;
    try (InputStream in = getClass().getResourceAsStream(
        "/db/migration/api/V202611260100__reference_language_alias.sql")) {
      assertThat(in).isNotNull();
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> inSql = new HashMap<>();
    Matcher m = Pattern.compile("\\('((?:[^']|'')*)', '([a-z]{2})'\\)").matcher(sql);
    while (m.find()) {
      inSql.put(m.group(1).replace("''", "'"), m.group(2));
    }
    assertThat(inSql).isEqualTo(LanguageCode.aliases());
  }
}
