package dk.jobbro.api.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KommuneNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Høje-Tåstrup | Høje-Taastrup",
      "Århus | Aarhus",
      "Aabenraa Kommune | Aabenraa",
      "LYNGBY TAARBÆK | Lyngby-Taarbæk",
      "'  faaborg -  midtfyn ' | Faaborg-Midtfyn",
      "Ringkøbing–Skjern | Ringkøbing-Skjern"})
  void spellingsOfOneNameShareAKey(String written, String official) {
    assertThat(KommuneNames.key(written)).isEqualTo(KommuneNames.key(official));
  }

  @Test
  void differentKommunerKeepDifferentKeys() {
    assertThat(KommuneNames.key("Vesthimmerland")).isNotEqualTo(KommuneNames.key("Vesthimmerlands"));
    assertThat(KommuneNames.key("Frederiksberg")).isNotEqualTo(KommuneNames.key("Frederikssund"));
  }

  /** The folding must never merge two of the 98 official names: read them from the migration that ships them. */
  @Test
  void theNinetyEightOfficialNamesHaveNinetyEightKeys() throws IOException {
    List<String> names = officialNames();
    assertThat(names).hasSize(98);
    Set<String> keys = names.stream().map(KommuneNames::key).collect(Collectors.toSet());
    assertThat(keys).hasSize(98);
  }

  private static List<String> officialNames() throws IOException {
    try (InputStream in = KommuneNamesTest.class.getResourceAsStream(
        "/db/migration/api/V202611250001__reference_kommuner.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String kommuneRows = sql.substring(sql.indexOf("INSERT INTO reference.kommune "),
          sql.indexOf("INSERT INTO reference.kommune_alias"));
      Matcher row = Pattern.compile("\\('(\\d{3})',\\s*'([^']+)'").matcher(kommuneRows);
      List<String> names = new java.util.ArrayList<>();
      while (row.find()) {
        names.add(row.group(2));
      }
      return names;
    }
  }
}
