package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.employers.VacancyMatching;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.caseload.control.CandidateQueries;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open vacancies a case fits, in its own kommune and in nearby kommuner whose vacancies welcome it. The case is read
 * through {@link CaseLookup} (tenancy, access log); only occupation codes, languages and age go to the employers
 * module, which ranks its vacancies in the database.
 */
@Path("v1/cases/{id}/matching-vacancies")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class CaseMatchingVacanciesResource {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  @Inject
  CaseLookup lookup;

  @Inject
  VacancyMatching vacancies;

  @Inject
  CandidateQueries candidates;

  @GET
  @Transactional
  @Operation(operationId = "listMatchingVacancies",
      summary = "Open vacancies the case fits, best first, with the score's explanation",
      description = "Only vacancies sharing at least the ISCO-08 major group with the person's work experience; "
          + "IGU vacancies only for persons under 40.")
  @APIResponse(responseCode = "200", description = "The vacancies")
  public List<VacancyMatching.MatchingVacancy> matching(@PathParam("id") UUID id,
      @QueryParam("limit") @Parameter(description = "At most this many, 1 to 100 (default 20)") String limit) {
    int n = Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    CaseFile c = lookup.visible(id, "MATCH");
    List<String> codes = c.competences().workExperienceOrEmpty().stream()
        .map(CompetenceProfile.WorkExperience::occupationCode).filter(Objects::nonNull).toList();
    List<Language> languages = c.languages().stream().map(l -> new Language(l.language(), l.level())).toList();
    int age = Period.between(c.birthDate(), lookup.today()).getYears();
    CompetenceProfile profile = c.competences();
    CompetenceProfile.EducationLevel highest = profile.educationOrEmpty().stream()
        .map(CompetenceProfile.Education::level).filter(Objects::nonNull).max(Comparator.naturalOrder())
        .orElse(null);
    return vacancies.forPerson(new VacancyMatching.PersonProfile(c.kommune().value(), codes, languages, age,
        profile.skillsOrEmpty(), Boolean.TRUE.equals(profile.drivingLicence()), highest,
        candidates.available(c.id(), lookup.today())), n);
  }
}
