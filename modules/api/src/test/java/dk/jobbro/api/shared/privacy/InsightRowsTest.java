package dk.jobbro.api.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightRowsTest {

  @Test
  void everyColumnInItsOrderWithDanishLabelsButNoVersionOrStoredCpr() {
    List<InsightRecord> records = InsightRows.records(List.of(
        "{\"id\": \"a\", \"cpr\": \"0101901235\", \"full_name\": \"Amina \", \"driving_licence\": true, "
            + "\"hours\": 37.5, \"end_date\": null, \"version\": 3, \"person_key\": \"cpr:0101901235\", "
            + "\"new_column\": \"x\"}"), Map.of("full_name", "Navn", "end_date", "Slut"));

    assertThat(records).hasSize(1);
    assertThat(records.get(0).fields()).containsExactly(new InsightField("id", "id", "a"),
        new InsightField("full_name", "Navn", "Amina"), new InsightField("driving_licence", "driving_licence", "ja"),
        new InsightField("hours", "hours", "37.5"), new InsightField("end_date", "Slut", null),
        new InsightField("new_column", "new_column", "x"));
  }
}
