package dk.jobbro.api.employers;

/** Why an IGU stopped early; an ordinary job or education is a good outcome, the others are drop-outs. */
public enum IguEndReason {
  ORDINARY_JOB, EDUCATION, DISMISSED, RESIGNED, COMPANY_CLOSED, MOVED, OTHER
}
