package dk.jobbro.caseload.entity;

/** The deadlines that become tasks; TaskRules says which event opens and which closes each. */
public enum TaskType {
  /** The first company-oriented offer, target 14 days after the takeover. */
  FIRST_OFFER_TARGET,
  /** The first company-oriented offer, legal latest 1 calendar month after the takeover. */
  FIRST_OFFER_LATEST,
  /**
   * The continuous company-oriented effort: the next virksomhedspraktik or løntilskud is due within the configured
   * gap after the last one ends.
   */
  CONTINUOUS_EFFORT,
  /** The integration kontrakt, 1 month after the takeover. */
  KONTRAKT,
  /** The programme's planned end: extend it, or plan what follows. */
  PROGRAMME_END,
  /** An IGU placement's VITAS registration, 1 month after signing. */
  VITAS_REGISTRATION,
  /** A private employer's IGU bonus milestone fell due: help the employer claim it. */
  BONUS_CLAIM,
  /** The sender answered the kommune's information request on a handover: read it and take over. */
  INFORMATION_ANSWERED,
  /**
   * Another kommune asked about one of the kommune's people for a vacancy (accept or decline), or proposed the
   * placement after acceptance (confirm or decline): a match request waits for the kommune.
   */
  MATCH_REQUEST_WAITING
}
