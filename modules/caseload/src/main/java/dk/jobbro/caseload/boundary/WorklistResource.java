package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.FirstOfferStatus;
import dk.jobbro.api.caseload.Worklist;
import dk.jobbro.api.caseload.WorklistFilter;
import dk.jobbro.api.caseload.WorklistItem;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caseworker's daily list. */
@Path("v1/worklist")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class WorklistResource {

  @Inject
  Worklist worklist;

  @GET
  @Operation(operationId = "listWorklist", summary = "The caller's kommune's active cases, most urgent first",
      description = "Cases without a first company-oriented offer come first, ordered by their legal latest date "
          + "(so overdue ones lead, then by days left); cases whose offer is given follow.")
  @APIResponse(responseCode = "200", description = "One page of the worklist")
  public Page<WorklistItem> page(
      @QueryParam("status") @Parameter(description = "OPEN, DUE_SOON (the 14-day target is near), "
          + "TARGET_MISSED (past the target, within the legal month), OVERDUE (past the legal month), MET_ON_TIME "
          + "or MET_LATE")
          FirstOfferStatus status,
      @QueryParam("assignedTo") @Parameter(description = "The caseworker's user id") String assignedTo,
      @QueryParam("dueWithinDays") @Parameter(description = "No offer yet and the legal latest date at most this "
          + "many days away (overdue included)") Integer dueWithinDays,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 366)) {
      throw ProblemException.invalidField("dueWithinDays", "must be between 0 and 366");
    }
    Parameters.text("assignedTo", assignedTo);
    return worklist.page(new WorklistFilter(status, assignedTo == null || assignedTo.isBlank() ? null : assignedTo,
        dueWithinDays), PageRequest.of(page, size));
  }
}
