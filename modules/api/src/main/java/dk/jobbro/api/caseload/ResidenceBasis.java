package dk.jobbro.api.caseload;

/** The legal basis of a person's residence, which decides when the kommune takes over and which programme applies. */
public enum ResidenceBasis {
  /** Refugee granted asylum (udlændingeloven § 7); the kommune takes over after the visitation decision. */
  REFUGEE,
  /** UN quota refugee (udlændingeloven § 8); the kommune takes over at CPR registration. */
  QUOTA_REFUGEE,
  /** Family-reunified to a refugee; the kommune takes over at CPR registration. */
  FAMILY_REUNIFIED_TO_REFUGEE,
  /** Other family-reunified persons; the kommune takes over at CPR registration. */
  OTHER_FAMILY_REUNIFIED,
  /** Residence under the special law for displaced persons from Ukraine (særloven, 2022). */
  SPECIAL_LAW_UKRAINE,
  /** Residence under the special law for Afghan local staff and their families (2021). */
  SPECIAL_LAW_AFGHANISTAN;

  /**
   * Whether the kommune takes over after the visitation decision (refugees; the special-law groups are visited like
   * them) rather than at the CPR registration in the kommune (quota refugees and family-reunified; § 4 stk. 3).
   */
  public boolean takeoverFollowsVisitation() {
    return this == REFUGEE || this == SPECIAL_LAW_UKRAINE || this == SPECIAL_LAW_AFGHANISTAN;
  }

  /** Refugees and family-reunified to refugees get the selvforsørgelses- og hjemrejseprogram from 2019-07-01. */
  public boolean isRefugeeTrack() {
    return this != OTHER_FAMILY_REUNIFIED;
  }
}
