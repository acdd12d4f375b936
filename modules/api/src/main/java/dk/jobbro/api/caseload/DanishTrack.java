package dk.jobbro.api.caseload;

/** Danskuddannelse 1, 2 or 3 (DU1 and DU2 have 6 modules, DU3 has 5 plus an optional 6th). */
public enum DanishTrack {
  DU1, DU2, DU3
}
