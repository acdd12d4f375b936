package dk.jobbro.api.shared.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  record Course(String name, Integer hours, LocalDate completedOn) {}

  record Person(String name, int age, Double hoursPerWeek, List<Course> courses, Map<String, String> tags) {}

  /** The binder's input for a list of persons, as a resource method would declare it. */
  @SuppressWarnings("unused")
  private static List<Person> persons;

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {
      "{\"name\": \"Amina\", \"age\": 30, \"hoursPerWeek\": 37.5, \"courses\": [{\"hours\": 10}], \"tags\": {}}",
      "{\"age\": 3.0e1, \"hoursPerWeek\": 1e300, \"courses\": null, \"unknown\": [[1, 2]]}",
      "{\"name\": \"first line\\nsecond\\tcolumn\"}",
      "{\"name\": \"Søren Ærø – 李\"}",
      "{not json",
      "{",
      "",
  })
  void whatTheRulesAllowPasses(String json) {
    assertThatCode(() -> StrictJson.check(json, Person.class)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[{\"name\": \"a\"}, {\"name\": \"b\"}]           | body                | must be a JSON object, not an array",
      "{\"courses\": [[{\"hours\": 1}]]}                | courses[0]          | must be a JSON object, not an array",
      "{\"courses\": {\"hours\": 1}}                    | courses             | must be a JSON array",
      "{\"name\": \"a\", \"name\": \"b\"}               | name                | is given more than once",
      "[]                                               | body                | must be a JSON object, not an array",
      "{\"courses\": [{}, {\"hours\": 1, \"hours\": 2}]} | courses[1].hours    | is given more than once",
      "{\"age\": 1.5}                                   | age                 | must be a whole number",
      "{\"age\": 1e308}                                 | age                 | must be a whole number from -2147483648 to 2147483647",
      "{\"courses\": [{\"hours\": 3000000000}]}         | courses[0].hours    | must be a whole number from -2147483648 to 2147483647",
      "{\"age\": \"30\"}                                | age                 | must be a number, not text",
      "{\"hoursPerWeek\": \"NaN\"}                      | hoursPerWeek        | must be a number, not text",
      "{\"hoursPerWeek\": 1e400}                        | hoursPerWeek        | is too large",
      "{\"name\": \"Am\\u0000ina\"}                     | name                | must not contain control characters",
      "{\"tags\": {\"x\": \"\\u001b[31m\"}}             | tags.x              | must not contain control characters",
      "{\"tags\": {\"0101651234\": \"\\u0000\"}}         | tags                | must not contain control characters",
  })
  void eachFaultIsNamed(String json, String field, String message) {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> StrictJson.check(json, Person.class));
    assertThat(e).as(json).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations()).containsExactly(new Problem.Violation(field, message));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"name\": \"a\"}                 | body          | must be a JSON array",
      "[{\"age\": 1}, {\"age\": 0.5}]    | [1].age       | must be a whole number",
  })
  void listsAreArraysOfObjects(String json, String field, String message) throws Exception {
    Type listOfPersons = StrictJsonTest.class.getDeclaredField("persons").getGenericType();
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> StrictJson.check(json, listOfPersons));
    assertThat(e.violations()).containsExactly(new Problem.Violation(field, message));
  }

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {StrictJson.MAX_DEPTH, 100_000})
  void nestingHasALimit(int depth) {
    String json = "{\"unknown\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> StrictJson.check(json, Person.class));
    assertThat(e.violations().get(0).message()).isEqualTo("is nested too deeply");
  }
}
