package dk.jobbro.api.shared;

/**
 * Legal gender as encoded in the last digit of a CPR number.
 *
 * <p>Only the two values the CPR register encodes exist here; reporting breaks figures
 * down by exactly these (see the integration barometer).
 */
public enum Gender {
  MALE,
  FEMALE
}
