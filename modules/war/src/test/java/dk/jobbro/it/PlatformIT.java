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
   * The probe WAR is the domain's first deployment with a {@code @Timeout} bean: should Payara ever deploy its timer
   * service inside it again, Jersey starts without Payara's role checks there and lets every token through.
   */
  @Test
  void theProbeDeploymentChecksRolesLikeTheSharedOne() {
    Api probes = new Api(ProbeDeployment.url());
    Api.Reply probe = probes.get("api/test/platform", Tokens.caseworker("101"));
    assertThat(probe.status()).as(probe.toString()).isEqualTo(403);
    Api.Reply cases = probes.get("api/v1/cases", Tokens.ministryAnalyst());
    assertThat(cases.status()).as(cases.toString()).isEqualTo(403);
  }

  @Test
  void theNinetyEightKommunerAreLoaded() {
    assertThat(platform.getInt("kommuner")).isEqualTo(98);
  }
}
