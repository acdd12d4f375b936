package dk.jobbro.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.KommuneKode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenClaimsTest {

  private static final Predicate<KommuneKode> KNOWN = k -> Set.of("101", "561").contains(k.value());

  /** A compact JWS with this payload; the signature is not looked at (MicroProfile JWT verified it). */
  private static String token(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
  }

  private static TokenClaims read(String payloadJson) {
    return TokenClaims.read(token(payloadJson), KNOWN);
  }

  @Test
  void aWellFormedKommuneUserReadsAsTypedValues() {
    TokenClaims claims = read("{\"groups\":[\"caseworker\"],\"kommune\":\"561\",\"nbf\":1700000000}");
    assertThat(claims.groups()).containsExactly("caseworker");
    assertThat(claims.kommune()).map(KommuneKode::value).contains("561");
    assertThat(claims.sender()).isEmpty();
    assertThat(claims.notBefore()).isEqualTo(1_700_000_000L);
  }

  @Test
  void aSenderIsTakenExactlyAsWritten() {
    assertThat(read("{\"groups\":[\"handover-sender\"],\"sender\":\"dansk-roede-kors\"}").sender())
        .contains("dansk-roede-kors");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"0561\"", "\" 561\"", "\"561 \"", "\"561\\\"\"", "\"56\"", "561", "\"\"", "[\"561\"]",
      "null", "\"٥٦١\"", "\"999\""})
  void aKommuneThatIsNotThreeDigitsOfAnExistingKommuneIsRefused(String kommune) {
    assertThatThrownBy(() -> read("{\"groups\":[\"caseworker\"],\"kommune\":" + kommune + "}"))
        .isInstanceOf(TokenClaims.InvalidClaim.class).hasMessageStartingWith("claim 'kommune'")
        .hasMessageNotContaining("561").hasMessageNotContaining("999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"dansk-roede-kors\\\"\"", "\"dansk-roede-kors \"", "\" dansk-roede-kors\"", "\"\"", "42",
      "[\"dansk-roede-kors\"]", "{}", "\"dansk\\u0000roede\""})
  void aSenderThatIsNotAPlainIdentifierStringIsRefused(String sender) {
    assertThatThrownBy(() -> read("{\"groups\":[\"handover-sender\"],\"sender\":" + sender + "}"))
        .isInstanceOf(TokenClaims.InvalidClaim.class).hasMessageStartingWith("claim 'sender'")
        .hasMessageNotContaining("dansk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"caseworker\"", "[\"caseworker\", 1]", "[[\"caseworker\"]]", "{\"caseworker\":true}",
      "true"})
  void groupsMustBeAnArrayOfStrings(String groups) {
    assertThatThrownBy(() -> read("{\"groups\":" + groups + ",\"kommune\":\"101\"}"))
        .isInstanceOf(TokenClaims.InvalidClaim.class).hasMessageStartingWith("claim 'groups'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nbf", "iat", "exp"})
  void aTimeClaimThatIsNotANumberIsRefusedNotAnError(String claim) {
    assertThatThrownBy(() -> read("{\"groups\":[\"admin\"],\"" + claim + "\":\"soon\"}"))
        .isInstanceOf(TokenClaims.InvalidClaim.class).hasMessage("claim '" + claim + "' is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a.b", "a.b.c.d", "x.!!!.y"})
  void somethingThatIsNotACompactJwsIsRefused(String raw) {
    assertThatThrownBy(() -> TokenClaims.read(raw, KNOWN)).isInstanceOf(TokenClaims.InvalidClaim.class);
  }

  @Test
  void aPayloadThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(TokenClaims.InvalidClaim.class);
  }

  @Test
  void missingOptionalClaimsAreEmptyNotErrors() {
    TokenClaims claims = read("{\"groups\":[]}");
    assertThat(claims.groups()).isEqualTo(List.of());
    assertThat(claims.kommune()).isEmpty();
    assertThat(claims.sender()).isEmpty();
    assertThat(claims.notBefore()).isZero();
  }
}
