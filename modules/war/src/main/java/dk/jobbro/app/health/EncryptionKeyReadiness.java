package dk.jobbro.app.health;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the keys of the encryption at rest are set: the current key id, that key and the blind index's
 * key (each key at least 32 characters). Without them no case can be registered or read, since the CPR number is
 * stored only encrypted. Shows the key id (not secret, it is stored beside every value) and which key is missing,
 * never a key.
 */
@Readiness
@ApplicationScoped
public class EncryptionKeyReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    var config = ConfigProvider.getConfig();
    PersonalDataCipher cipher = PersonalDataCipher.configured();
    String keyId = config.getOptionalValue(PersonalDataCipher.KEY_ID, String.class).map(String::strip).orElse("");
    return HealthCheckResponse.named("encryption-keys")
        .withData(PersonalDataCipher.KEY_ID, keyId)
        .withData(PersonalDataCipher.INDEX_KEY,
            config.getOptionalValue(PersonalDataCipher.INDEX_KEY, String.class).map(String::strip)
                .filter(k -> k.length() >= dk.jobbro.api.shared.security.KeyedHash.MIN_KEY_LENGTH).isPresent())
        .status(cipher.ready())
        .build();
  }
}
