package dk.jobbro.api.employers;

/** Where a match request stands. */
public enum MatchRequestStatus {
  REQUESTED, ACCEPTED, DECLINED
}
