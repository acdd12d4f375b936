package dk.jobbro.api.caseload;

/** How a person became self-supporting: what reporting counts per kommune per year. */
public enum SelfSupportingKind {
  ORDINARY_JOB, EDUCATION;

  public ProgrammeEndReason endReason() {
    return this == ORDINARY_JOB ? ProgrammeEndReason.ORDINARY_JOB : ProgrammeEndReason.EDUCATION;
  }
}
