package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.Gender;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One ranked candidate with everything both views need; the employers module decides which fields a kommune sees.
 *
 * @param caseId the case (only for the holding kommune's own view)
 * @param name the person's name (only for the holding kommune's own view)
 * @param matchRef an opaque reference, bound to the query's vacancy, for a match request
 * @param kommune the holding kommune
 * @param distanceKm the distance from the workplace's kommune
 * @param ageBand e.g. "25-29"
 * @param gender the gender
 * @param languages the languages spoken
 * @param educationLevel the highest education level, or null
 * @param occupationCodes the ISCO-08 codes of the person's work experience
 * @param available true when no company-oriented offer is running today
 * @param score 0 to 100
 * @param explanation each requirement, met or not
 */
public record CandidateMatch(UUID caseId, String name, String matchRef, String kommune, double distanceKm,
    String ageBand, Gender gender, List<Language> languages, CompetenceProfile.EducationLevel educationLevel,
    List<String> occupationCodes, boolean available, int score, List<Criterion> explanation) {

  /**
   * One requirement and how the candidate fares.
   *
   * @param requirement e.g. "occupation 7115", "language da B1", "available"
   * @param met whether it is met
   * @param points the points it gave
   * @param detail what was found
   */
  @Schema(name = "MatchCriterion")
  public record Criterion(@NotNull String requirement, boolean met, int points, String detail) {}
}
