package dk.jobbro.app.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before it serves a request. Each module owns a
 * schema and a folder of SQL migrations ({@code db/migration/<module>}) with its own history table, so modules never
 * collide. Hibernate's schema generation is off; these migrations are the only source of the schema. The migration
 * itself usually begins earlier, while CDI boots ({@link EarlyMigration}); this bean's start waits for it.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FlywayMigrator {

  private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

  /** In dependency order: api's reference data first, since the features refer to it. */
  static final List<ModuleSchema> MODULES = List.of(
      new ModuleSchema("api", List.of("reference", "audit")),
      new ModuleSchema("caseload", List.of("caseload")),
      new ModuleSchema("employers", List.of("employers")),
      new ModuleSchema("handover", List.of("handover")),
      new ModuleSchema("reporting", List.of("reporting")),
      // the war's own: the HTTP plumbing every module's resources share (answers kept under Idempotency-Keys)
      new ModuleSchema("app", List.of("http")));

  /** The application's data source, where the schemas live. */
  static final String DATA_SOURCE = "jdbc/jobbro";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  /** Usually began the migration while CDI booted; this bean's start waits for it. */
  @Inject
  EarlyMigration early;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    if (!early.awaitCompleted()) {
      migrateAll(dataSource, getClass().getClassLoader());
    }
    migrated = true;
  }

  /** Every module's migrations, in {@link #MODULES}' order. */
  static void migrateAll(DataSource dataSource, ClassLoader classLoader) {
    for (ModuleSchema module : MODULES) {
      MigrateResult result = configure(module, classLoader).dataSource(dataSource).load().migrate();
      LOG.info(() -> "Flyway: module " + module.name() + " at version " + result.targetSchemaVersion + " ("
          + result.migrationsExecuted + " migrations applied now)");
    }
  }

  /**
   * Flyway as it migrates one module, without the database: the one place that says where a module's migrations
   * are and where its history is kept, so a test that migrates a database of its own does exactly what a deployment
   * does.
   */
  static FluentConfiguration configure(ModuleSchema module, ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .schemas(module.schemas().toArray(String[]::new))
        .createSchemas(true)
        .locations("classpath:db/migration/" + module.name())
        .table("flyway_history")
        .failOnMissingLocations(false);
  }

  /** Whether every module's migrations have run; the readiness check reports it. */
  public boolean isMigrated() {
    return migrated;
  }

  record ModuleSchema(String name, List<String> schemas) {}
}
