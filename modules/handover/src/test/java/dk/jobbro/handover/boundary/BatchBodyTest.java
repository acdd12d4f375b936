package dk.jobbro.handover.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.jobbro.api.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchBodyTest {

  @Test
  void eachRecordKeepsTheTextTheSenderWrote() {
    String body = " [ {\"a\": 1, \"a\": [1, {\"x\": \"}\"}]} ,\n {\"b\": \"æ\\u0000😀\"}, 5, [1], null ]";

    assertThat(BatchBody.arrayRecords(body)).containsExactly("{\"a\": 1, \"a\": [1, {\"x\": \"}\"}]}",
        "{\"b\": \"æ\\u0000😀\"}", "5", "[1]", "null");
  }

  @Test
  void anEmptyArrayHasNoRecords() {
    assertThat(BatchBody.arrayRecords("[]")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"{\"a\": 1}", "[{\"a\": 1}] x", "[{\"a\": 1}", "[{\"a\" 1}]", "\"text\"", "  "})
  void anythingButOneJsonArrayIsA400OnTheBody(String body) {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> BatchBody.arrayRecords(body));
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations().get(0).field()).isEqualTo("body");
  }
}
