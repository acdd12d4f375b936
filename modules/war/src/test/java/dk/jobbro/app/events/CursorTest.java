package dk.jobbro.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void itReadsWhatItWrites() {
    Cursor c = new Cursor(7_516_192_768L, 42);
    assertThat(Cursor.parse(c.toString())).isEqualTo(c);
    assertThat(Cursor.parse(null)).isEqualTo(Cursor.START);
    assertThat(Cursor.parse("")).isEqualTo(Cursor.START);
  }

  /** A row of an older transaction comes first even when its position is higher: that is what makes resuming safe. */
  @Test
  void theTransactionOrdersBeforeThePosition() {
    List<Cursor> cursors = new ArrayList<>(List.of(new Cursor(101, 5), new Cursor(100, 9), new Cursor(101, 3)));
    Collections.sort(cursors);
    assertThat(cursors).containsExactly(new Cursor(100, 9), new Cursor(101, 3), new Cursor(101, 5));
  }

  @Test
  void anythingElseIsA400NamingAfter() {
    for (String bad : List.of("12", "1.2.3", "-1.2", "a.b", "1.", " 1.2", "99999999999999999999.1")) {
      assertThatThrownBy(() -> Cursor.parse(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class,
          e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("after"));
    }
  }
}
