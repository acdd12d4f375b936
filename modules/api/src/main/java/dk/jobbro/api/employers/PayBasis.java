package dk.jobbro.api.employers;

/**
 * The pay rate of the practical work: the collective agreement's EGU pupil rate, or — where the agreement has none —
 * its 1st/2nd-year elev (apprentice) rate.
 */
public enum PayBasis {
  EGU, ELEV
}
