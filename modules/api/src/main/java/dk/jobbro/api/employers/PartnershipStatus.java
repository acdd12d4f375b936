package dk.jobbro.api.employers;

/** A partnership agreement is in force (ACTIVE) until the kommune or the company ends it (ENDED). */
public enum PartnershipStatus {
  ACTIVE, ENDED
}
