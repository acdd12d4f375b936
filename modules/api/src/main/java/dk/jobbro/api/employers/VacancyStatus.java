package dk.jobbro.api.employers;

/** OPEN while the company still needs people; FILLED or CLOSED when not. */
public enum VacancyStatus {
  OPEN, FILLED, CLOSED
}
