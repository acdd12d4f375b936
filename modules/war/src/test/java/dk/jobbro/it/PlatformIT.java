package dk.jobbro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.app.persistence.FlywayMigrator;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** In the container: the stack is what the design card says — Hibernate on PostgreSQL, schema by Flyway. */
@ExtendWith(ArquillianExtension.class)
@Execution(ExecutionMode.SAME_THREAD) // one own-WAR class at a time, all on one thread (see Deployments)
class PlatformIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.jobbro().addClasses(PlatformIT.class, EntityManagerProbe.class);
  }

  @Inject
  EntityManagerProbe probe;

  @Inject
  FlywayMigrator migrator;

  @Inject
  KommuneRegistry kommuner;

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @Test
  void hibernateIsTheJpaProvider() {
    assertInstanceOf(org.hibernate.Session.class, probe.em().getDelegate());
    assertTrue(probe.em().getEntityManagerFactory().getClass().getName().startsWith("org.hibernate"),
        probe.em().getEntityManagerFactory().getClass().getName());
  }

  @Test
  void theDatabaseIsPostgresql() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
      assertTrue(c.getMetaData().getDatabaseMajorVersion() >= 17);
    }
  }

  @Test
  void flywayMigratedEveryModuleBeforeTheFirstRequest() throws Exception {
    assertTrue(migrator.isMigrated());
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "select count(*) from caseload.flyway_history where success and version is not null")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 1, "caseload migrations recorded");
    }
  }

  @Test
  void theNinetyEightKommunerAreLoaded() {
    assertEquals(98, kommuner.all().size());
  }
}
