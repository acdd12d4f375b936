package dk.jobbro.api.employers;

/** The two IGU employer bonus payments (private employers only), 20,000 kr each. */
public enum BonusMilestoneKind {
  /** After 6 months of employment. */
  SIX_MONTHS,
  /** After the completed 24-month forløb. */
  COMPLETION
}
