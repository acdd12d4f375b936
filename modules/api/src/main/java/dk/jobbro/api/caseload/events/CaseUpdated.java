package dk.jobbro.api.caseload.events;

import java.util.UUID;

/**
 * A part of a case changed that no more specific event names; fired inside the transaction. Carries only which
 * part, never the values (they may be a person's name or other personal data): the case journal shows who changed
 * what and when, and a subscriber reads the case for the new values.
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param part what changed
 */
public record CaseUpdated(UUID caseId, String kommune, Part part) {

  /** The parts of a case a change can touch. */
  public enum Part {
    /** Name, country of origin, languages or residence permit date. */
    PERSON_DETAILS,
    /** A job-readiness assessment was recorded. */
    JOB_READINESS,
    /** Danish education track or module, or a Danish test passed. */
    DANISH,
    /** Education, work experience or driving licence. */
    COMPETENCES,
    /** A benefit period was added or ended. */
    BENEFITS,
    /** A child handed over with the family was registered on the case as a dependant. */
    DEPENDANTS
  }
}
