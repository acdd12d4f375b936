package dk.jobbro.api.handover;

/** Where a handover stands, as both the sender and the receiving kommune see it. */
public enum HandoverStatus {
  /** Sent by the asylum operator; not yet read by the receiving kommune (again sent after an amendment). */
  SENT,
  /** Read, and thereby acknowledged, by the receiving kommune. */
  RECEIVED,
  /** The kommune asked the sender for missing information. */
  INFO_REQUESTED,
  /**
   * The sender answered the kommune's information request with an amendment: the kommune reads it and takes over (or
   * asks again).
   */
  ANSWERED,
  /** The kommune took over responsibility; a case exists in caseload. Final. */
  TAKEN_OVER,
  /** The sender withdrew the handover before takeover. Final. */
  WITHDRAWN,
  /**
   * The receiving kommune merged it into another handover of the same person (from another sender), which it keeps.
   * Final.
   */
  MERGED;

  /** Whether the handover still waits for takeover (and so still blocks a second handover for the person). */
  public boolean isOpen() {
    return this == SENT || this == RECEIVED || this == INFO_REQUESTED || this == ANSWERED;
  }
}
