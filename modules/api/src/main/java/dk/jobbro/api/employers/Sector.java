package dk.jobbro.api.employers;

/**
 * Who owns the employer. It decides the IGU bonus (private employers only; a body at least half publicly funded
 * counts as public) and which public employer answers for it: a kommune (MUNICIPAL) or a ministry area (STATE).
 */
public enum Sector {
  PRIVATE, MUNICIPAL, STATE
}
