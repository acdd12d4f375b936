package dk.jobbro.api.caseload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a vacancy asks for, as the candidate search needs it.
 *
 * @param context the vacancy the match references are bound to, so a reference means nothing for another vacancy
 * @param occupationCode ISCO-08 code of the job; experience matching by prefix (4 digits best, then 3, 2, 1)
 * @param languages required languages with minimum levels
 * @param skills required skills, free text (compared trimmed and without case)
 * @param drivingLicenceRequired whether the job needs a driving licence
 * @param kommuner the kommuner to search, each with its distance in km from the workplace
 * @param maxAge the highest age (completed years) allowed, or null; IGU is for persons under 40
 * @param limit the largest number of candidates to return
 */
public record CandidateQuery(UUID context, String occupationCode, List<Requirement> languages,
    List<String> skills, boolean drivingLicenceRequired, Map<String, Double> kommuner, Integer maxAge, int limit) {

  /**
   * A required language.
   *
   * @param language ISO 639-1 code, as vacancies store it (compared without case)
   * @param level the minimum level
   */
  public record Requirement(String language, LanguageLevel level) {}
}
