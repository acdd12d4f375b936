package dk.jobbro.app.health;

import dk.jobbro.app.persistence.FlywayMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the deployment has finished: Flyway has brought every module's schema up to date and the application's
 * context is up. A migration of a large table can take minutes; until it is done an orchestrator must neither route
 * requests here nor judge liveness, which is what {@code /health/started} tells it.
 */
@Startup
@ApplicationScoped
public class DeploymentStartup implements HealthCheck {

  @Inject
  FlywayMigrator migrator;

  private volatile boolean deployed;

  void deployed(@Observes @Initialized(ApplicationScoped.class) Object context) {
    deployed = true;
  }

  @Override
  public HealthCheckResponse call() {
    boolean migrated = migrator.isMigrated();
    return HealthCheckResponse.named("deployment")
        .withData("migrated", migrated)
        .withData("deployed", deployed)
        .status(migrated && deployed)
        .build();
  }
}
