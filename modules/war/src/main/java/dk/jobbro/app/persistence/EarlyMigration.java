package dk.jobbro.app.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Starts the schema migration as soon as CDI begins to boot the application, on a thread of its own, so that it runs
 * beside the rest of the deployment (Weld's discovery and validation of the beans, the EJB container: about 2 s of
 * the deployment's one thread at a cold start) instead of after it. Nothing in that part of the deployment touches
 * the database (Hibernate boots without a connection, see persistence.xml), and {@link FlywayMigrator} waits for this
 * migration before the deployment completes, so no request is served and no readiness reported before the schema is
 * there, exactly as before.
 *
 * <p>A plain thread, not a managed one: the application's managed executors and its {@code java:comp} namespace do
 * not exist yet while CDI boots. It runs with the application's class loader (Flyway finds each module's migrations
 * through it) and only until the migration ends. Should it fail, {@link FlywayMigrator} migrates again on the
 * container's own thread, which is what deployments did before; a failure there fails the deployment.
 */
public class EarlyMigration implements Extension {

  private static final Logger LOG = Logger.getLogger(EarlyMigration.class.getName());

  /** The migration begun here; null until CDI boots, or when it could not begin. */
  private volatile CompletableFuture<Void> migration;

  void begin(@Observes BeforeBeanDiscovery booting) {
    ClassLoader application = EarlyMigration.class.getClassLoader();
    DataSource dataSource;
    try {
      dataSource = (DataSource) new InitialContext().lookup(FlywayMigrator.DATA_SOURCE);
    } catch (NamingException | ClassCastException notYet) {
      LOG.log(Level.FINE, "no early migration: the data source is not available yet", notYet);
      return;
    }
    CompletableFuture<Void> run = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        FlywayMigrator.migrateAll(dataSource, application);
        run.complete(null);
      } catch (RuntimeException | Error e) {
        run.completeExceptionally(e);
      }
    }, "jobbro-early-migration");
    thread.setContextClassLoader(application);
    thread.setDaemon(true);
    migration = run;
    thread.start();
  }

  /**
   * Waits for the migration begun while CDI booted and says whether it brought every module up to date; false when
   * none was begun or it failed (the failure is logged).
   */
  boolean awaitCompleted() {
    CompletableFuture<Void> run = migration;
    if (run == null) {
      return false;
    }
    try {
      run.join();
      return true;
    } catch (CompletionException e) {
      LOG.warning(() -> "The early schema migration failed (" + e.getCause()
          + "); migrating again on the deployment's thread");
      return false;
    }
  }
}
