package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CaseMoveService;
import dk.jobbro.api.caseload.MoveView;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moves between kommuner as the receiving kommune answers them (the request is POST /v1/cases/{id}/moves). */
@Path("v1/case-moves")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class CaseMovesResource {

  @Inject
  CaseMoveService moves;

  @GET
  @Operation(operationId = "listOpenCaseMoves",
      summary = "Moves waiting for an answer, to or from the caller's kommune")
  @APIResponse(responseCode = "200", description = "The open moves")
  public List<MoveView> open() {
    return moves.open();
  }

  @POST
  @Path("{moveId}/accept")
  @Operation(operationId = "acceptCaseMove",
      summary = "Accept a case moving in; the sending kommune loses access, the history stays")
  @APIResponse(responseCode = "200", description = "The accepted move", content = @Content(schema = @Schema(ref = "CaseMove")))
  public MoveView accept(@PathParam("moveId") UUID moveId, @HeaderParam("If-Match") String ifMatch) {
    return moves.accept(moveId, Versions.ifMatch(ifMatch));
  }

  @POST
  @Path("{moveId}/decline")
  @Operation(operationId = "declineCaseMove", summary = "Decline a case moving in")
  @APIResponse(responseCode = "200", description = "The declined move", content = @Content(schema = @Schema(ref = "CaseMove")))
  public MoveView decline(@PathParam("moveId") UUID moveId, @HeaderParam("If-Match") String ifMatch) {
    return moves.decline(moveId, Versions.ifMatch(ifMatch));
  }
}
