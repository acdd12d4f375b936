package dk.jobbro.api.caseload;

/** Whether the programme case is still being worked on. */
public enum CaseStatus {
  ACTIVE, CLOSED
}
