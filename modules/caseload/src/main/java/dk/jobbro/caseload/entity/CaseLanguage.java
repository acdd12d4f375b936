package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.LanguageLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A language the person speaks, and how well. */
@Embeddable
public class CaseLanguage {

  @Column(name = "language", nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  private LanguageLevel level;

  protected CaseLanguage() {}

  public CaseLanguage(String language, LanguageLevel level) {
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
