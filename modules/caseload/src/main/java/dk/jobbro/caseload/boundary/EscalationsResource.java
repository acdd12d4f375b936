package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The team lead's view of the kommune's passed legal deadlines. */
@Path("v1/escalations")
@RequestScoped
@RolesAllowed(Roles.TEAM_LEAD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class EscalationsResource {

  @Inject
  Escalations escalations;

  @GET
  @Operation(operationId = "listEscalations", summary = "The kommune's passed legal deadlines, longest overdue first",
      description = "Every active case whose first company-oriented offer or kontrakt is past its legal latest date "
          + "(takeover + 1 month) and not given, one entry per deadline, with the days overdue and the assignee.")
  public Page<Escalation> page(
      @QueryParam("deadline") @Parameter(description = "Only this deadline: FIRST_OFFER or KONTRAKT")
          Escalation.Deadline deadline,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return escalations.page(deadline, PageRequest.of(page, size));
  }
}
