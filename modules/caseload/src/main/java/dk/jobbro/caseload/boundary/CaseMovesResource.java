package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CaseCommands;
import dk.jobbro.api.caseload.CaseMoveService;
import dk.jobbro.api.caseload.MoveView;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moves between kommuner: claims by the receiving kommune, and the answers of the kommune that did not ask (the
 * holding kommune's offer is POST /v1/cases/{id}/moves).
 */
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
  @Path("claims")
  @Operation(operationId = "claimCaseMove",
      summary = "Claim a person's active case from the kommune that holds it (the person now lives here)",
      description = "For a person whose registration was refused because the programme runs in another kommune "
          + "(problem type active-programme-elsewhere). The holding kommune accepts or declines under "
          + "/v1/case-moves; on acceptance the case and its whole history belong to the caller's kommune.")
  @APIResponse(responseCode = "201", description = "The claim, waiting for the holding kommune",
      content = @Content(schema = @Schema(ref = "CaseMove")))
  @APIResponse(responseCode = "409", description = "The case is already the caller's (duplicateOf names it), or a "
      + "move of it is already waiting")
  @Idempotent
  public Response claim(@NotNull(message = "a JSON body is required") @Valid CaseCommands.MoveClaim claim) {
    MoveView move = moves.claim(claim);
    return Response.status(Response.Status.CREATED).tag(Versions.etag(move.version())).entity(move).build();
  }

  @POST
  @Path("{moveId}/accept")
  @Operation(operationId = "acceptCaseMove",
      summary = "Accept a move asked for by the other kommune; the case and its history go to the receiving one")
  @APIResponse(responseCode = "200", description = "The accepted move", content = @Content(schema = @Schema(ref = "CaseMove")))
  public MoveView accept(@PathParam("moveId") UUID moveId, @HeaderParam("If-Match") String ifMatch) {
    return moves.accept(moveId, Versions.ifMatch(ifMatch));
  }

  @POST
  @Path("{moveId}/decline")
  @Operation(operationId = "declineCaseMove", summary = "Decline a move asked for by the other kommune")
  @APIResponse(responseCode = "200", description = "The declined move", content = @Content(schema = @Schema(ref = "CaseMove")))
  public MoveView decline(@PathParam("moveId") UUID moveId, @HeaderParam("If-Match") String ifMatch) {
    return moves.decline(moveId, Versions.ifMatch(ifMatch));
  }
}
