package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.IguPlacementView;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The IGU placements of one case, where the caseworker looks: the consultant registers the placement, the
 * caseworker who holds the case sees it (status, dates, bonus) without being handed its id.
 */
@Path("v1/cases/{caseId}/igu-placements")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class CaseIguPlacementsResource {

  @Inject
  DefaultIguPlacementService placements;

  @GET
  @Operation(operationId = "listCaseIguPlacements",
      summary = "The IGU placements of a case of the caller's kommune, latest start first",
      description = "For the caseworker and the company consultant of the kommune alike. Empty when the kommune has "
          + "no placement for the case.")
  @APIResponse(responseCode = "200", description = "The placements")
  public List<IguPlacementView> list(@PathParam("caseId") UUID caseId) {
    return placements.ofCase(caseId);
  }
}
