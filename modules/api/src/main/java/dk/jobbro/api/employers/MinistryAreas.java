package dk.jobbro.api.employers;

/**
 * Ministry areas (ministerområder) are names that change with each government, so they are codes of a dated
 * reference list (employers.ministry_area, GET /api/v1/reference/ministry-areas) rather than a fixed enum; targets
 * and STATE employers must use a code in force on their date. This is the form of a code; the list decides the rest.
 */
public final class MinistryAreas {

  public static final String PATTERN = "[A-ZÆØÅ][A-ZÆØÅ0-9_]{1,59}";
  public static final String MESSAGE = "must be an upper-case ministry-area code, e.g. FORSVARSMINISTERIET";

  private MinistryAreas() {}
}
