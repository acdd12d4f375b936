package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.KnownOccupationCode;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the person can do, as screened in the asylum phase and handed over to the kommune: education, work
 * experience, driving licence. Matching with employers' vacancies reads it.
 *
 * @param education education completed or begun
 * @param workExperience jobs held, by occupation
 * @param drivingLicence whether the person holds a driving licence
 * @param skills skills a vacancy may ask for (free text, e.g. "truck licence", "welding"); matching compares them
 *     trimmed and without case
 */
@Schema(name = "CompetenceProfile")
public record CompetenceProfile(
    List<@Valid @NotNull(message = "must not be null") Education> education,
    List<@Valid @NotNull(message = "must not be null") WorkExperience> workExperience,
    Boolean drivingLicence,
    List<@NotNull(message = "must not be null") @Text(max = 100) String> skills) {

  /** An empty profile. */
  public static CompetenceProfile none() {
    return new CompetenceProfile(List.of(), List.of(), null, List.of());
  }

  public List<String> skillsOrEmpty() {
    return skills == null ? List.of() : skills;
  }

  public List<Education> educationOrEmpty() {
    return education == null ? List.of() : education;
  }

  public List<WorkExperience> workExperienceOrEmpty() {
    return workExperience == null ? List.of() : workExperience;
  }

  /**
   * An education.
   *
   * @param level the level on the ISCED-like scale jobcentres use
   * @param years years of schooling in it
   * @param field the subject, free text
   * @param country where (ISO 3166-1 alpha-2 or name)
   * @param recognised whether it is recognised in Denmark
   */
  @Schema(name = "Education")
  public record Education(
      @NotNull(message = "is required") EducationLevel level,
      Integer years,
      @Text(max = 200, required = false) String field,
      @Text(max = 80, required = false) String country,
      Boolean recognised) {}

  /**
   * Work experience in one occupation.
   *
   * @param occupationCode ISCO-08 / DISCO-08 code, 1 to 6 digits (e.g. 7115 carpenter)
   * @param description free text
   * @param years years in the occupation
   */
  @Schema(name = "WorkExperience")
  public record WorkExperience(
      @Pattern(regexp = "\\d{1,6}", message = "must be an ISCO-08/DISCO-08 code of 1 to 6 digits")
          @KnownOccupationCode String occupationCode,
      @Text(max = 200, required = false) String description,
      Integer years) {}

  /** The level of an education. */
  public enum EducationLevel {
    NONE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, VOCATIONAL, SHORT_CYCLE_TERTIARY, BACHELOR, MASTER, DOCTORATE
  }
}
