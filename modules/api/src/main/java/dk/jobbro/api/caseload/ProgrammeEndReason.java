package dk.jobbro.api.caseload;

/** Why a programme ended. */
public enum ProgrammeEndReason {
  ORDINARY_JOB, EDUCATION, DANISH_TEST_PASSED, MAXIMUM_PERIOD, MOVED_KOMMUNE, PERMANENT_RESIDENCE, OTHER
}
