package dk.jobbro.api.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

  private static final Optional<String> KEY = Optional.of("0123456789abcdef0123456789abcdef");

  @Test
  void isHmacSha256OfTheMessageUnderTheKey() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal("010190-1235".getBytes(StandardCharsets.UTF_8));

    assertThat(KeyedHash.hmac(KEY, KeyedHash.AUDIT_KEY, "010190-1235")).hasSize(32).isEqualTo(expected);
    assertThat(KeyedHash.hmac(KEY, KeyedHash.AUDIT_KEY, "010190-1236")).isNotEqualTo(expected);
    assertThat(KeyedHash.hmac(Optional.of("another-key-of-at-least-32-characters"), KeyedHash.AUDIT_KEY,
        "010190-1235")).isNotEqualTo(expected);
  }

  @Test
  void oneMacHashesManyMessagesEachAsOnItsOwn() {
    Mac mac = KeyedHash.mac(KEY, KeyedHash.AUDIT_KEY);
    for (String message : new String[] {"person:0101901235", "person:0101901236", "", "person:0101901235"}) {
      assertThat(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(KeyedHash.hmac(KEY, KeyedHash.AUDIT_KEY, message));
    }
    assertThatThrownBy(() -> KeyedHash.mac(Optional.of("too-short-secret"), KeyedHash.AUDIT_KEY))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("jobbro.audit.hash-key")
        .hasMessageNotContaining("too-short-secret");
  }

  @Test
  void refusesAMissingOrShortKeyNamingThePropertyButNotTheKey() {
    assertThat(KeyedHash.usable(Optional.empty())).isFalse();
    assertThat(KeyedHash.usable(Optional.of("  " + "x".repeat(31) + "  "))).isFalse();
    assertThat(KeyedHash.usable(KEY)).isTrue();
    assertThatThrownBy(() -> KeyedHash.hmac(Optional.of("too-short-secret"), KeyedHash.MATCHING_KEY, "m"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jobbro.matching.reference-key").hasMessageNotContaining("too-short-secret");
    assertThatThrownBy(() -> KeyedHash.hmac(Optional.empty(), KeyedHash.AUDIT_KEY, "m"))
        .hasMessageContaining("jobbro.audit.hash-key");
  }
}
