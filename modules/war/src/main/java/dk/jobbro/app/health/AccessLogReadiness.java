package dk.jobbro.app.health;

import dk.jobbro.api.shared.audit.AccessLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the access-log rows of answered reads are being written ({@link AccessLog#readRowsFlowing}). An instance
 * whose rows pile up (PostgreSQL refuses them, or the audit tables are out of space) goes DOWN before it has to
 * refuse reads, so the load balancer sends them to an instance that can log them; {@code unwrittenRows} tells the
 * operator how far behind it is.
 */
@Readiness
@ApplicationScoped
public class AccessLogReadiness implements HealthCheck {

  @Inject
  AccessLog accessLog;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("access-log").withData("unwrittenRows", accessLog.unwrittenReadRows())
        .status(accessLog.readRowsFlowing()).build();
  }
}
