package dk.jobbro.api.caseload;

/** The offers of the programme (integrationsloven § 23) plus the outcomes that count as company contact. */
public enum OfferType {
  VIRKSOMHEDSPRAKTIK(true, true),
  LOENTILSKUD(true, true),
  VEJLEDNING_OG_OPKVALIFICERING(false, false),
  MENTOR(false, false),
  IGU(true, true),
  ORDINARY_JOB(true, false),
  EDUCATION(false, false);

  private final boolean companyOriented;
  private final boolean employerRequired;

  OfferType(boolean companyOriented, boolean employerRequired) {
    this.companyOriented = companyOriented;
    this.employerRequired = employerRequired;
  }

  /**
   * Whether the offer meets the first-offer duty and the continuous company-oriented effort: virksomhedspraktik and
   * løntilskud by law; an IGU or an ordinary job too, as they are work at a company.
   */
  public boolean isCompanyOriented() {
    return companyOriented;
  }

  /** Whether the offer is at an employer that must be named by CVR. */
  public boolean isEmployerRequired() {
    return employerRequired;
  }
}
