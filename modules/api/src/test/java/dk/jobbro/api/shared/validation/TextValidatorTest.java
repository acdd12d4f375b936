package dk.jobbro.api.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class TextValidatorTest {

  private static TextValidator validator(int max, boolean required) {
    TextValidator v = new TextValidator();
    v.initialize(new Text() {
      @Override public int max() { return max; }
      @Override public boolean required() { return required; }
      @Override public String message() { return ""; }
      @Override public Class<?>[] groups() { return new Class<?>[0]; }
      @SuppressWarnings("unchecked")
      @Override public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
      @Override public Class<? extends Annotation> annotationType() { return Text.class; }
    });
    return v;
  }

  @Test
  void textUpToTheLimitIsValid() {
    assertThat(validator(5, true).isValid("Amina", null)).isTrue();
  }

  @Test
  void longerTextIsNot() {
    assertThat(validator(5, true).isValid("Aminah", null)).isFalse();
  }

  @Test
  void optionalTextMayBeMissingOrBlank() {
    assertThat(validator(5, false).isValid(null, null)).isTrue();
    assertThat(validator(5, false).isValid("  ", null)).isTrue();
  }
}
