package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stack is what the design card says — Hibernate on PostgreSQL, schema by Flyway — as the running application sees
 * it from inside: the probe deployment's {@code test/platform} answers from the application's own EntityManager,
 * datasource, migrator and reference data.
 */
class PlatformIT {

  private static JsonObject platform;

  @BeforeAll
  static void askTheApplication() {
    Api.Reply reply = new Api(ProbeDeployment.url()).get("api/test/platform", Tokens.admin());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    platform = reply.json();
  }

  @Test
  void hibernateIsTheJpaProvider() {
    assertThat(platform.getBoolean("delegateIsHibernateSession"))
        .as("the EntityManager's delegate %s is a Hibernate Session", platform.getString("entityManagerDelegate"))
        .isTrue();
    assertThat(platform.getString("entityManagerFactory")).startsWith("org.hibernate");
  }

  @Test
  void theDatabaseIsPostgresql() {
    assertThat(platform.getString("databaseProduct")).isEqualTo("PostgreSQL");
    assertThat(platform.getInt("databaseMajorVersion")).isGreaterThanOrEqualTo(17);
  }

  @Test
  void flywayMigratedEveryModuleBeforeTheFirstRequest() throws Exception {
    assertThat(platform.getBoolean("migrated")).isTrue();
    try (Connection c = ItDatabase.connect();
        ResultSet rs = c.createStatement().executeQuery(
            "select count(*) from caseload.flyway_history where success and version is not null")) {
      rs.next();
      assertThat(rs.getInt(1)).as("caseload migrations recorded").isGreaterThanOrEqualTo(1);
    }
  }

  /**
   * glassfish-web.xml: the WAR's libraries come from the WAR (the versions its Hibernate was built with, and no lookup
   * in the server's jars first), the Jakarta and MicroProfile APIs from the server, whose implementations the
   * application talks to, and so does Jackson, which the WAR leaves out because Payara's Jackson modules are found by
   * ServiceLoader and must meet the Jackson they were built for.
   */
  @Test
  void theWarsLibrariesComeFromTheWarAndTheApisFromTheServer() {
    JsonObject defined = platform.getJsonObject("definedByTheWar");
    assertThat(defined.get("jakarta.persistence.EntityManager")).hasToString("false");
    assertThat(defined.get("org.eclipse.microprofile.config.Config")).hasToString("false");
    assertThat(defined.get("org.hibernate.Session")).hasToString("true");
    assertThat(defined.get("com.fasterxml.jackson.databind.ObjectMapper")).as("Jackson stays Payara's").hasToString("false");
    assertThat(defined.get("org.jboss.logging.Logger")).hasToString("true");
    assertThat(defined.get("com.fasterxml.classmate.TypeResolver")).hasToString("true");
  }

  @Test
  void theNinetyEightKommunerAreLoaded() {
    assertThat(platform.getInt("kommuner")).isEqualTo(98);
  }
}
