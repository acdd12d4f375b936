package dk.jobbro.employers.entity;

import dk.jobbro.api.caseload.LanguageLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A language a vacancy requires, with the minimum level; matching compares it with the case's languages. */
@Embeddable
public class VacancyLanguage {

  @Column(name = "language", nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  private LanguageLevel level;

  protected VacancyLanguage() {}

  public VacancyLanguage(String language, LanguageLevel level) {
    this.language = language.strip();
    this.level = level;
  }

  public String language() {
    return language;
  }

  public LanguageLevel level() {
    return level;
  }
}
