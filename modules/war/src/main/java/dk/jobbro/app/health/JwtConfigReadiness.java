package dk.jobbro.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the token issuer and its public key are configured: without them every request fails with 401,
 * which an operator should see on the health page rather than in user complaints.
 */
@Readiness
@ApplicationScoped
public class JwtConfigReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    var config = ConfigProvider.getConfig();
    boolean issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).isPresent();
    boolean key = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
        || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
    return HealthCheckResponse.named("jwt-config")
        .withData("issuer", issuer)
        .withData("publicKey", key)
        .status(issuer && key)
        .build();
  }
}
