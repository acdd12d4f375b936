package dk.jobbro.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/** The field names come out of the JSON binder's messages; the rejected values never do. */
class RequestBodyExceptionMapperTest {

  private static Problem.Violation violation(Throwable e) {
    return RequestBodyExceptionMapper.violationOf(new ProcessingException("wrapped", e), null);
  }

  @Test
  void aWrongTypeNamesTheProperty() {
    Problem.Violation v = violation(new JsonbException("Unable to deserialize property 'takeoverDate' because of: "
        + "Error parsing class java.time.LocalDate from value: 2026-13-45."));
    assertThat(v).isEqualTo(new Problem.Violation("takeoverDate", "has the wrong type or format"));
  }

  @Test
  void anUnknownFieldIsNamed() {
    Problem.Violation v = violation(new JsonbException("Json property nickname can not be mapped to a class X."));
    assertThat(v).isEqualTo(new Problem.Violation("nickname", "is not a known field"));
  }

  @Test
  void theRejectedValueIsNeverRepeated() {
    Problem.Violation v = violation(new JsonbException(
        "Unable to deserialize property 'cpr' because of: Error deserialize JSON value 0101901234"));
    assertThat(v.field()).isEqualTo("cpr");
    assertThat(v.message()).doesNotContain("0101901234");
  }

  @Test
  void anythingElseIsAboutTheBody() {
    assertThat(violation(new IllegalStateException("?"))).isEqualTo(RequestBodyExceptionMapper.UNREADABLE);
  }

  @Test
  void whyABodyWasUnreadableIsToldByClassAndFrameNeverByMessage() {
    String causes = RequestBodyExceptionMapper.causes(new ProcessingException("Error reading entity 0101901234",
        new JsonbException("Unable to deserialize 0101901234", new IllegalStateException("cpr 0101901234"))));
    assertThat(causes).startsWith("jakarta.ws.rs.ProcessingException <- jakarta.json.bind.JsonbException <- "
        + "java.lang.IllegalStateException\n\tat " + getClass().getName()).doesNotContain("0101901234");
  }
}
