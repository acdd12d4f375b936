package dk.jobbro.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

  @Test
  void aCellThatExcelWouldRunAsAFormulaIsNeutralisedAndSeparatorsAreQuoted() {
    assertThat(AccessLogResource.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AccessLogResource.cell("@sum")).isEqualTo("'@sum");
    assertThat(AccessLogResource.cell("a;b")).isEqualTo("\"a;b\"");
    assertThat(AccessLogResource.cell("caseworker-101")).isEqualTo("caseworker-101");
    assertThat(AccessLogResource.cell(null)).isEmpty();
  }

  @Test
  void oneLinePerRowAfterTheBomAndTheHeader() {
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    String csv = AccessLogResource.csv(List.of(new AccessLogRow(id, Instant.parse("2026-12-05T10:00:00Z"),
        "caseworker-461", "caseworker", "461", "READ", "case", id, List.of("461"), false)));
    assertThat(csv.split("\r\n")).containsExactly(
        "\uFEFFat;user;role;userKommune;action;resourceType;resourceId;personKommuner;criteriaHashed",
        "2026-12-05T10:00:00Z;caseworker-461;caseworker;461;READ;case;" + id + ";461;nej");
  }
}
