package dk.jobbro.api.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextValidatorTest {

  private static TextValidator validator(int max, boolean required) {
    return validator(max, required, false);
  }

  private static TextValidator validator(int max, boolean required, boolean multiline) {
    TextValidator v = new TextValidator();
    v.initialize(new Text() {
      @Override public int max() { return max; }
      @Override public boolean required() { return required; }
      @Override public boolean multiline() { return multiline; }
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

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x9f})
  void controlCharactersAreRefusedInAnyText(int c) {
    String text = "Am" + (char) c + "ina";
    assertThat(validator(50, true).isValid(text, null)).isFalse();
    assertThat(validator(50, false, true).isValid(text, null)).isFalse();
    assertThat(validator(50, false).isValid(String.valueOf((char) c), null)).isFalse();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x09, 0x0a, 0x0d})
  void tabsAndLineBreaksOnlyInMultiLineText(int c) {
    String text = "first" + (char) c + "second";
    assertThat(validator(50, true).isValid(text, null)).isFalse();
    assertThat(validator(50, true, true).isValid(text, null)).isTrue();
  }

  @Test
  void lettersBeyondAsciiAreText() {
    assertThat(validator(50, true).isValid("Søren Ærø – Ünal 李", null)).isTrue();
  }
}
