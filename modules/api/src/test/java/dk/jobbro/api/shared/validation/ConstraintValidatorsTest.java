package dk.jobbro.api.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validators are called directly: no Bean Validation provider is on the test classpath, and
 * they need no context because they only delegate to the value types.
 */
class ConstraintValidatorsTest {

  private final ValidCprValidator cpr = new ValidCprValidator();
  private final ValidCvrValidator cvr = new ValidCvrValidator();
  private final WellFormedKommuneKodeValidator kommuneKode = new WellFormedKommuneKodeValidator();

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource({
    "cpr,         010165-1234,  true",
    "cpr,         0101651234,   true",    // fails modulus 11, still valid
    "cpr,         3102991234,   false",
    "cpr,         010165123,    false",
    "cpr,         '',           false",
    "cvr,         24256790,     true",
    "cvr,         24256791,     false",
    "cvr,         DK24256790,   false",
    "kommuneKode, 101,          true",
    "kommuneKode, 0101,         true",
    "kommuneKode, 1010,         false",
    "kommuneKode, '',           false",
  })
  void delegateToTheValueTypes(String validator, String value, boolean valid) {
    assertThat(validatorNamed(validator).isValid(value, null)).isEqualTo(valid);
    assertThat(validatorNamed(validator).isValid(new StringBuilder(value), null)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cpr", "cvr", "kommuneKode"})
  void leaveNullToNotNull(String validator) {
    assertThat(validatorNamed(validator).isValid(null, null)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {ValidCpr.class, ValidCvr.class, WellFormedKommuneKode.class})
  void defaultMessagesHaveNoPlaceholders(Class<? extends Annotation> constraint) throws Exception {
    String message = (String) constraint.getMethod("message").getDefaultValue();

    // "{...}" and "${...}" would let the interpolator echo the rejected value.
    assertThat(message).isNotBlank().doesNotContain("{", "}", "$");
  }

  private ConstraintValidator<?, CharSequence> validatorNamed(String name) {
    return switch (name) {
      case "cpr" -> cpr;
      case "cvr" -> cvr;
      case "kommuneKode" -> kommuneKode;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
