package dk.jobbro.api.employers;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.shared.Gender;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A vacancy's ranked candidates: the own kommune's people in full, other kommuners' only as pseudonymised profiles
 * (no name, CPR or case id — a match request is the way to learn who they are).
 *
 * @param vacancyId the vacancy
 * @param ownKommune the own kommune's candidates, best first
 * @param otherKommuner other kommuners' candidates within the commute, best first; empty unless the vacancy is open
 */
@Schema(name = "VacancyCandidates")
public record VacancyCandidates(@NotNull UUID vacancyId, @NotNull List<OwnCandidate> ownKommune,
    @NotNull List<CandidateProfile> otherKommuner) {

  /**
   * A candidate of the caller's own kommune.
   *
   * @param caseId the case
   * @param name the person's name
   * @param kommune the kommune
   * @param ageBand e.g. "25-29"
   * @param gender the gender
   * @param languages languages spoken
   * @param educationLevel highest education level
   * @param occupationCodes ISCO-08 codes of work experience
   * @param available no company-oriented offer running
   * @param score 0 to 100
   * @param explanation each requirement, met or not
   */
  @Schema(name = "OwnCandidate")
  public record OwnCandidate(@NotNull UUID caseId, @NotNull String name, @NotNull String kommune, String ageBand,
      Gender gender,
      List<Language> languages, CompetenceProfile.EducationLevel educationLevel, List<String> occupationCodes,
      boolean available, int score, @NotNull List<CandidateMatch.Criterion> explanation) {}

  /**
   * A pseudonymised candidate of another kommune.
   *
   * @param matchRef opaque reference for a match request on this vacancy
   * @param kommune the holding kommune
   * @param distanceKm approximate distance from the workplace's kommune
   * @param ageBand e.g. "25-29"
   * @param gender the gender
   * @param languages languages spoken
   * @param educationLevel highest education level
   * @param occupationCodes ISCO-08 codes of work experience
   * @param available no company-oriented offer running
   * @param score 0 to 100
   * @param explanation each requirement, met or not
   */
  @Schema(name = "CandidateProfile")
  public record CandidateProfile(@NotNull String matchRef, @NotNull String kommune, double distanceKm, String ageBand,
      Gender gender,
      List<Language> languages, CompetenceProfile.EducationLevel educationLevel, List<String> occupationCodes,
      boolean available, int score, @NotNull List<CandidateMatch.Criterion> explanation) {}
}
