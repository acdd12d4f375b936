package dk.jobbro.app.cors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which origins the configuration allows, and what it grants them. */
class CorsPolicyTest {

  private static CorsPolicy configured(String value) {
    CorsPolicy policy = new CorsPolicy();
    policy.configured = Optional.ofNullable(value);
    policy.readConfiguration();
    return policy;
  }

  @Test
  void withoutConfigurationNoOtherOriginIsAllowed() {
    CorsPolicy policy = configured(null);

    assertThat(policy.allows("https://sag.example-kommune.dk")).isFalse();
    assertThat(policy.allows(null)).isFalse();
  }

  @Test
  void configuredOriginsMatchExactlyIgnoringCaseAndATrailingSlash() {
    CorsPolicy policy = configured(" https://Sag.Example-Kommune.dk/ ,https://other.example:8443,, ");

    assertThat(policy.allows("https://sag.example-kommune.dk")).isTrue();
    assertThat(policy.allows("https://other.example:8443")).isTrue();
    assertThat(policy.allows("http://sag.example-kommune.dk")).isFalse();
    assertThat(policy.allows("https://other.example")).isFalse();
    assertThat(policy.allows("https://sag.example-kommune.dk.evil.example")).isFalse();
    assertThat(configured("*").allows("https://any.example")).isFalse();
  }

  @Test
  void aGrantNamesTheOriginAndExposesTheHeadersClientsNeed() {
    CorsPolicy policy = configured("https://sag.example-kommune.dk");

    assertThat(policy.responseGrant("https://sag.example-kommune.dk"))
        .containsEntry("Access-Control-Allow-Origin", "https://sag.example-kommune.dk")
        .doesNotContainKey("Access-Control-Allow-Credentials");
    assertThat(policy.responseGrant("https://sag.example-kommune.dk").get("Access-Control-Expose-Headers"))
        .contains("ETag", "Location", "Retry-After", "Idempotent-Replayed");
    assertThat(policy.preflightGrant("https://sag.example-kommune.dk").get("Access-Control-Allow-Headers"))
        .contains("Authorization", "If-Match", "If-None-Match", "Idempotency-Key");
  }
}
