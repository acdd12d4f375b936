package dk.jobbro.api.employers;

/**
 * Ministry areas (ministerområder) are names that change with each government, so they are codes chosen by the
 * ministry (upper case, e.g. FORSVARSMINISTERIET) rather than a fixed enum; targets and STATE employers must use the
 * same code.
 */
public final class MinistryAreas {

  public static final String PATTERN = "[A-ZÆØÅ][A-ZÆØÅ0-9_]{1,59}";
  public static final String MESSAGE = "must be an upper-case ministry-area code, e.g. FORSVARSMINISTERIET";

  private MinistryAreas() {}
}
