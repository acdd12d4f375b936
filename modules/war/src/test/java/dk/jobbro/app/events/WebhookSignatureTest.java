package dk.jobbro.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /** The value a receiver computes with any HMAC library: RFC 4231 test case 2 (key "Jefe"). */
  @Test
  void itIsTheHmacOfTimestampDotBody() {
    assertThat(WebhookSignature.hmacHex("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(WebhookSignature.header("Jefe", 1_700_000_000L, "{}"))
        .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmacHex("Jefe", "1700000000.{}"));
  }

  @Test
  void anotherTimestampSignsDifferently() {
    assertThat(WebhookSignature.header("s", 1, "{}")).isNotEqualTo(WebhookSignature.header("s", 2, "{}"));
  }
}
