package dk.jobbro.api.caseload;

/** The legal basis of a person's residence, which decides when the kommune takes over and which programme applies. */
public enum ResidenceBasis {
  /** Refugee granted asylum (udlændingeloven § 7). */
  REFUGEE,
  /** UN quota refugee (udlændingeloven § 8). */
  QUOTA_REFUGEE,
  /** Family-reunified to a refugee. */
  FAMILY_REUNIFIED_TO_REFUGEE,
  /** Other family-reunified persons. */
  OTHER_FAMILY_REUNIFIED
}
