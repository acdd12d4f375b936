package dk.jobbro.it.probe;

import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.app.persistence.FlywayMigrator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only: {@code GET test/platform} answers what the running application is built on, as seen from inside it: the
 * JPA provider behind its container-managed EntityManager, the database behind its datasource, whether Flyway
 * migrated before the first request, and how many kommuner the reference data holds.
 */
@Path("test/platform")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class PlatformProbeResource {

  @PersistenceContext
  EntityManager em;

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @Inject
  FlywayMigrator migrator;

  @Inject
  KommuneRegistry kommuner;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject platform() throws SQLException {
    Object delegate = em.getDelegate();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData database = c.getMetaData();
      return Json.createObjectBuilder()
          .add("entityManagerDelegate", delegate.getClass().getName())
          .add("delegateIsHibernateSession", delegate instanceof org.hibernate.Session)
          .add("entityManagerFactory", em.getEntityManagerFactory().getClass().getName())
          .add("databaseProduct", database.getDatabaseProductName())
          .add("databaseMajorVersion", database.getDatabaseMajorVersion())
          .add("migrated", migrator.isMigrated())
          .add("kommuner", kommuner.all().size())
          .build();
    }
  }
}
