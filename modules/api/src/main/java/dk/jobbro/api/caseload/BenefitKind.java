package dk.jobbro.api.caseload;

/**
 * A benefit a person receives. INTEGRATION_BENEFIT is one legal type whose name changed: integrationsydelse before
 * 2020-01-01, selvforsørgelses- og hjemrejseydelse after (the label is derived from the date).
 */
public enum BenefitKind {
  INTEGRATION_BENEFIT, KONTANTHJAELP, NONE
}
