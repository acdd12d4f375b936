package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.CompetenceProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Work experience in one occupation (ISCO-08 / DISCO-08). */
@Embeddable
public class CaseWorkExperience {

  @Column(name = "occupation_code")
  private String occupationCode;

  @Column(name = "description")
  private String description;

  @Column(name = "years")
  private Short years;

  protected CaseWorkExperience() {}

  public CaseWorkExperience(CompetenceProfile.WorkExperience w) {
    this.occupationCode = w.occupationCode();
    this.description = w.description();
    this.years = w.years() == null ? null : w.years().shortValue();
  }

  public CompetenceProfile.WorkExperience view() {
    return new CompetenceProfile.WorkExperience(occupationCode, description, years == null ? null : years.intValue());
  }
}
