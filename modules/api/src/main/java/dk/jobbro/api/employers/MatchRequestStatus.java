package dk.jobbro.api.employers;

/**
 * Where a match request stands. REQUESTED waits for the holding kommune; ACCEPTED lets the requesting consultant
 * propose a placement; PROPOSED waits for the holding kommune again; PLACED means the offer or IGU is registered on
 * the case. DECLINED (by the holder) and WITHDRAWN (by the requester) are final.
 */
public enum MatchRequestStatus {
  REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, PROPOSED, PLACED;

  /** Whether the holding kommune has to answer something. */
  public boolean waitsForHolder() {
    return this == REQUESTED || this == PROPOSED;
  }
}
