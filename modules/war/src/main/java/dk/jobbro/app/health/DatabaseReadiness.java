package dk.jobbro.app.health;

import dk.jobbro.app.persistence.FlywayMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when PostgreSQL answers and the schema is migrated. Says nothing about versions: the health endpoints need no
 * token, and a database version tells an attacker which advisories to try.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @Inject
  FlywayMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("migrated", migrator.isMigrated());
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      return response.withData("connection", valid).status(valid && migrator.isMigrated()).build();
    } catch (SQLException e) {
      return response.withData("error", e.getClass().getSimpleName()).down().build();
    }
  }
}
