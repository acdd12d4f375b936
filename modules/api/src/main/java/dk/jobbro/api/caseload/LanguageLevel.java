package dk.jobbro.api.caseload;

/** A language level: the plain scale jobcentres use, or a CEFR level. */
public enum LanguageLevel {
  NONE, BASIC, GOOD, FLUENT, A1, A2, B1, B2, C1, C2;

  /**
   * The level on one scale with CEFR, for "at least this level" in matching: BASIC counts as A2, GOOD as B1, FLUENT
   * as C1 (0 NONE to 6 C2).
   */
  public int rank() {
    return switch (this) {
      case NONE -> 0;
      case A1 -> 1;
      case BASIC, A2 -> 2;
      case B1, GOOD -> 3;
      case B2 -> 4;
      case C1, FLUENT -> 5;
      case C2 -> 6;
    };
  }
}
