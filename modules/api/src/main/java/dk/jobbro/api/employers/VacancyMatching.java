package dk.jobbro.api.employers;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.OfferType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The other direction of matching, for caseload: open vacancies that fit a person, in the person's kommune and in
 * other kommuner whose open vacancies welcome candidates from within their commute. Ranked in the database over the
 * vacancy tables. The caller (caseload) has checked that the case is its own kommune's and logged the access.
 */
public interface VacancyMatching {

  /** The best open vacancies for the person, highest score first, at most {@code limit}. */
  List<MatchingVacancy> forPerson(@NotNull PersonProfile person, int limit);

  /**
   * What the vacancy side needs to know of a person.
   *
   * @param kommune the kommune holding the case
   * @param occupationCodes ISCO-08 codes of the person's work experience
   * @param languages the languages spoken
   * @param age age in completed years (IGU vacancies need under 40)
   * @param skills the person's skills, free text
   * @param drivingLicence whether the person holds a driving licence
   * @param highestEducation the highest education level recorded, or null
   * @param available whether no company-oriented offer or IGU is running or starting soon (caseload's rule, the
   *     same the candidate search applies)
   */
  record PersonProfile(String kommune, List<String> occupationCodes, List<Language> languages, int age,
      List<String> skills, boolean drivingLicence, CompetenceProfile.EducationLevel highestEducation,
      boolean available) {}

  /**
   * An open vacancy that fits a person.
   *
   * @param vacancyId the vacancy
   * @param kommune the kommune that registered it (its consultant is the contact)
   * @param title its title
   * @param occupationCode ISCO-08 code
   * @param offerType what is offered
   * @param locationKommune where the work is
   * @param distanceKm approximate distance from the person's kommune
   * @param startDate expected start
   * @param score 0 to 100, by {@link MatchScoring}: the same as the person gets in the vacancy's candidate list
   * @param explanation each requirement, met or not
   */
  @Schema(name = "MatchingVacancy")
  record MatchingVacancy(@NotNull UUID vacancyId, @NotNull String kommune, @NotNull String title,
      @NotNull String occupationCode, @NotNull OfferType offerType,
      String locationKommune, double distanceKm, LocalDate startDate, int score,
      @NotNull List<CandidateMatch.Criterion> explanation) {}
}
