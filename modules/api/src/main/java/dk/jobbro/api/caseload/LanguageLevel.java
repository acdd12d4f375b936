package dk.jobbro.api.caseload;

/** A language level: the plain scale jobcentres use, or a CEFR level. */
public enum LanguageLevel {
  NONE, BASIC, GOOD, FLUENT, A1, A2, B1, B2, C1, C2
}
