package dk.jobbro.api.caseload;

/** The visitation category. Refugees and family-reunified are jobparat from day one unless assessed otherwise. */
public enum JobReadiness {
  JOBPARAT,
  /** Needs help before work; an assessment to this category must give a reason. */
  AKTIVITETSPARAT
}
