package dk.jobbro.api.shared.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.jobbro.api.shared.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match and If-None-Match as RFC 9110 section 13.1 reads them. */
class VersionsTest {

  @Test
  void aListIsReadTagByTagWithWeakTagsAndCommasInsideQuotes() {
    EntityTagList list = EntityTagList.parse(" \"3\" ,W/\"4\",, \"a,b\"");

    assertThat(list.any()).isFalse();
    assertThat(list.tags()).containsExactly(new EntityTagList.Tag("3", false), new EntityTagList.Tag("4", true),
        new EntityTagList.Tag("a,b", false));
  }

  @Test
  void starIsAnyTag() {
    assertThat(EntityTagList.parse(" * ").any()).isTrue();
    assertThat(EntityTagList.parse("*").strongMatch("17")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "\"3", "W/3", "\"3\" \"4\"", ",", "\"a b\"", "*, \"3\"", "w/\"3\""})
  void malformedValuesAreRefused(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> EntityTagList.parse(value));
  }

  @Test
  void strongComparisonIgnoresWeakTagsAndWeakComparisonDoesNot() {
    EntityTagList list = EntityTagList.parse("W/\"3\", \"5\"");

    assertThat(list.strongMatch("3")).isFalse();
    assertThat(list.strongMatch("5")).isTrue();
    assertThat(list.weakMatch("3")).isTrue();
    assertThat(list.weakMatch("4")).isFalse();
  }

  @Test
  void ifMatchAdmitsTheListedVersionsOrAnyForStar() {
    Versions.require(4, Versions.ifMatch("\"3\", \"4\""));
    Versions.require(99, Versions.ifMatch("*"));
    Versions.require(7, IfMatch.version(7));

    assertThat(status(() -> Versions.require(5, Versions.ifMatch("\"3\", \"4\"")))).isEqualTo(412);
    assertThat(status(() -> Versions.require(3, Versions.ifMatch("W/\"3\"")))).isEqualTo(412);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aMissingIfMatchIs428(String header) {
    assertThat(status(() -> Versions.ifMatch(header))).isEqualTo(428);
  }

  @Test
  void aMalformedIfMatchIs400NamingIt() {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> Versions.ifMatch("3"));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations()).extracting(v -> v.field()).isEqualTo(List.of("If-Match"));
  }

  private static int status(Runnable call) {
    return catchThrowableOfType(ProblemException.class, call::run).status();
  }
}
