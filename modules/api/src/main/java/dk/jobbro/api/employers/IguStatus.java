package dk.jobbro.api.employers;

/** ACTIVE while running; TERMINATED when stopped early; COMPLETED after the full forløb. */
public enum IguStatus {
  ACTIVE, TERMINATED, COMPLETED
}
