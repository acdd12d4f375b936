package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A case as an IGU candidate, for the company consultant of the kommune that holds it (and its caseworker): the
 * consultant gets the case id from matching or from the caseworker's referral and sees here what the placement needs,
 * not the whole case.
 */
@Path("v1/cases/{caseId}/igu-candidate")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class IguCandidateResource {

  @Inject
  DefaultIguEligibilityCheck igu;

  @GET
  @Operation(operationId = "getIguCandidate",
      summary = "The person's name and IGU eligibility on a start date, for registering an IGU placement")
  @APIResponse(responseCode = "200", description = "The candidate",
      content = @Content(schema = @Schema(ref = "IguCandidate")))
  public IguCandidateView get(@PathParam("caseId") UUID caseId,
      @QueryParam("startDate") @Parameter(description = "The intended start date, yyyy-MM-dd", required = true)
          String startDate) {
    return igu.candidate(caseId, Parameters.date("startDate", startDate));
  }
}
