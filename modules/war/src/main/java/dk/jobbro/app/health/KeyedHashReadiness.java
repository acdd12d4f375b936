package dk.jobbro.app.health;

import dk.jobbro.api.shared.security.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the secret keys of the keyed hashes are set (each at least 32 characters): without them every read
 * of a person fails, because its access-log entry cannot be written. Shows which key is missing, never a key.
 */
@Readiness
@ApplicationScoped
public class KeyedHashReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    var config = ConfigProvider.getConfig();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("hash-keys");
    boolean all = true;
    for (String property : KeyedHash.properties()) {
      boolean usable = KeyedHash.usable(config.getOptionalValue(property, String.class));
      response.withData(property, usable);
      all &= usable;
    }
    return response.status(all).build();
  }
}
