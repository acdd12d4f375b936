package dk.jobbro.reporting.control;

/**
 * Linked person-count tables after {@link DisclosureControl}: which figures may be published. A withheld family
 * publishes nothing but the figures it was given as already published elsewhere.
 */
public final class ProtectedCounts {

  private final LinkedTables tables;
  private final boolean[] hidden;
  private final boolean[] fixed;
  private final boolean withheld;

  ProtectedCounts(LinkedTables tables, boolean[] hidden, boolean[] fixed, boolean withheld) {
    this.tables = tables;
    this.hidden = hidden;
    this.fixed = fixed;
    this.withheld = withheld;
  }

  public LinkedTables tables() {
    return tables;
  }

  /** The published value of a figure (an edge of {@link LinkedTables}), or null when it is hidden. */
  public Long published(int edge) {
    return isHidden(edge) ? null : tables.value(edge);
  }

  public boolean isHidden(int edge) {
    return withheld ? !fixed[edge] : hidden[edge];
  }

  /** Whether nothing of the family could be published safely. */
  public boolean withheld() {
    return withheld;
  }

  /** The true value, for the tests that prove the protection; never publish it. */
  long trueValue(int edge) {
    return tables.value(edge);
  }

  boolean[] hiddenEdges() {
    boolean[] copy = new boolean[tables.edges()];
    for (int e = 0; e < copy.length; e++) {
      copy[e] = isHidden(e);
    }
    return copy;
  }

  public int hiddenCount() {
    int n = 0;
    for (int e = 0; e < tables.edges(); e++) {
      n += isHidden(e) ? 1 : 0;
    }
    return n;
  }
}
