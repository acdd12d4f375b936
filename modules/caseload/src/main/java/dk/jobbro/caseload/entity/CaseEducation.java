package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.CompetenceProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An education in the person's competence profile. */
@Embeddable
public class CaseEducation {

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  private CompetenceProfile.EducationLevel level;

  @Column(name = "years")
  private Short years;

  @Column(name = "field")
  private String field;

  @Column(name = "country")
  private String country;

  @Column(name = "recognised")
  private Boolean recognised;

  protected CaseEducation() {}

  public CaseEducation(CompetenceProfile.Education e) {
    this.level = e.level();
    this.years = e.years() == null ? null : e.years().shortValue();
    this.field = e.field();
    this.country = e.country();
    this.recognised = e.recognised();
  }

  public CompetenceProfile.Education view() {
    return new CompetenceProfile.Education(level, years == null ? null : years.intValue(), field, country,
        recognised);
  }
}
