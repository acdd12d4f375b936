package dk.jobbro.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The way back to the migration on the deployment's own thread: whenever the early one did not begin, the
 * application's start must not take the schema for migrated. (That the early migration runs and is awaited in a real
 * deployment is what every in-container test depends on.)
 */
class EarlyMigrationTest {

  @Test
  void noMigrationIsAwaitedWhenCdiHasNotBootedYet() {
    assertThat(new EarlyMigration().awaitCompleted()).isFalse();
  }

  @Test
  void withoutTheServersNamingNoMigrationBeginsAndNoneIsAwaited() {
    // outside an application server InitialContext has no provider: the lookup fails as it would for a data source
    // that is not deployed yet
    EarlyMigration early = new EarlyMigration();
    early.begin(null);
    assertThat(early.awaitCompleted()).isFalse();
  }
}
