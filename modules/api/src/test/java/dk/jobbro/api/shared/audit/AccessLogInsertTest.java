package dk.jobbro.api.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessLogInsertTest {

  /** The columns the INSERT names; each row binds one parameter per column. */
  private static final int COLUMNS = 11;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, AccessLogInsert.MAX_ROWS})
  void theInsertHasOneRowOfPlaceholdersPerRow(int rows) {
    String sql = AccessLogInsert.insertOf(rows);
    assertThat(sql.chars().filter(ch -> ch == '?').count()).isEqualTo((long) rows * COLUMNS);
    assertThat(sql.split("\\),\\s*\\(", -1)).hasSize(rows);
    assertThat(sql.substring(sql.indexOf('(') + 1, sql.indexOf(')')).split(",")).hasSize(COLUMNS);
  }
}
