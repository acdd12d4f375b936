package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every foreign key in the migrated schemas has an index that starts with its columns. Without one, deleting or
 * re-keying a referenced row makes PostgreSQL check the key by scanning the referencing table, once per row (as
 * {@code handover.merged_into} did before it got its index). Keys to reference data (the kommuner, regions and
 * ministry areas, whose rows are never deleted) need none.
 */
class ForeignKeyIndexIT {

  // An index covers a foreign key when its first n columns are the key's n columns, in any order (a partial index
  // counts: the key's check looks for one value, which is never null). Arrays are compared as sets because
  // pg_index numbers its columns from 0 and pg_constraint from 1.
  private static final String UNINDEXED_FOREIGN_KEYS = """
      select c.conrelid::regclass::text || ' (' || c.conname || ')'
        from pg_constraint c
        join pg_namespace n on n.oid = c.connamespace
       where c.contype = 'f'
         and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
         and c.confrelid::regclass::text not like 'reference.%'
         and c.confrelid::regclass::text <> 'employers.ministry_area'
         and not exists (
             select 1 from pg_index i
              where i.indrelid = c.conrelid
                and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
       order by 1""";

  @Test
  void everyForeignKeyHasAnIndexOnItsColumns() throws Exception {
    SharedDeployment.url(); // the deployment has run every module's migrations
    List<String> unindexed = new ArrayList<>();
    try (Connection db = ItDatabase.connect(); Statement q = db.createStatement();
        ResultSet r = q.executeQuery(UNINDEXED_FOREIGN_KEYS)) {
      while (r.next()) {
        unindexed.add(r.getString(1));
      }
    }
    assertThat(unindexed).as("foreign keys without an index").isEmpty();
  }
}
