package dk.jobbro.api.employers;

/**
 * Where a bonus milestone stands: PENDING until its due date, DUE once reached (the company may apply to SIRI),
 * CLAIMED when applied for, PAID when paid, FORFEITED when the forløb stopped before the milestone.
 */
public enum BonusStatus {
  PENDING, DUE, CLAIMED, PAID, FORFEITED
}
