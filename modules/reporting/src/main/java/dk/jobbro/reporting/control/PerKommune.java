package dk.jobbro.reporting.control;

import java.util.List;

/** A plain table of person counts per kommune (e.g. self-supporting men and women), protected on its own. */
public final class PerKommune {

  private PerKommune() {}

  /** @param rows per kommune: code, name, then one count per column */
  public static PersonTable table(List<Object[]> rows, List<String> columns) {
    LinkedTables tables = LinkedTables.table(QueryRows.keys(rows), columns,
        QueryRows.counts(rows, 2, columns.size()));
    return PersonTable.of(DisclosureControl.protect(tables), 0, 0, QueryRows.kommuner(rows), columns);
  }
}
