package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.employers.BonusMilestoneKind;
import dk.jobbro.api.employers.BonusUpdate;
import dk.jobbro.api.employers.IguCompletion;
import dk.jobbro.api.employers.IguPlacementService;
import dk.jobbro.api.employers.IguPlacementView;
import dk.jobbro.api.employers.IguStatus;
import dk.jobbro.api.employers.IguTermination;
import dk.jobbro.api.employers.NewIguPlacement;
import dk.jobbro.api.employers.VitasRegistration;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * IGU placements of the caller's kommune's people over HTTP. Another kommune's placement is a 404; changes need the
 * ETag in If-Match.
 */
@Path("v1/igu-placements")
@RequestScoped
@RolesAllowed(Roles.EMPLOYER_CONSULTANT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class IguPlacementsResource {

  private static final String IF_MATCH = "the ETag of the placement as last read";

  @Inject
  IguPlacementService placements;

  @POST
  @Operation(operationId = "startIguPlacement",
      summary = "Register an IGU for a person of the caller's kommune at a company",
      description = "Planned end = start + 24 months; school weeks 20 for starts before 2021-05-01, 23 from then; "
          + "planned hours at least 25 per week on average; VITAS registration due 1 month after signing. Refused "
          + "with 422 listing every reason: the person is not eligible on the start date (caseload's rule: age, "
          + "residence period, target group, scheme open), already had an IGU, or had an ordinary job at the company "
          + "(any before 2021-05-01; from then one ending within the 3 months before the start). The case gets an "
          + "IGU offer. Private employers get two 20,000 kr bonus milestones (6 months, completion).")
  @APIResponse(responseCode = "201", description = "The placement", content = @Content(schema = @Schema(ref = "IguPlacement")))
  @APIResponse(responseCode = "409", description = "The case is closed, or the person has an IGU already")
  @APIResponse(responseCode = "422", description = "The IGU may not start; every reason in violations")
  @Idempotent
  public Response start(@NotNull(message = "a JSON body is required") @Valid NewIguPlacement placement,
      @Context UriInfo uri) {
    IguPlacementView created = placements.start(placement);
    return Response.ok(created).tag(Versions.etag(created.version())).status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).build();
  }

  @GET
  @Operation(operationId = "listIguPlacements", summary = "The caller's kommune's placements, latest start first")
  @APIResponse(responseCode = "200", description = "One page of placements")
  public Page<IguPlacementView> list(
      @QueryParam("status") @Parameter(description = "ACTIVE, TERMINATED or COMPLETED") String status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return placements.list(Parameters.oneOf("status", IguStatus.class, status), PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getIguPlacement",
      summary = "One placement with its bonus milestones; ETag carries its version")
  @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(ref = "IguPlacement")))
  public Response get(@PathParam("id") UUID id) {
    IguPlacementView view = placements.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("{id}/vitas")
  @Operation(operationId = "registerVitas",
      summary = "Record the VITAS registration of the agreement and education plan")
  @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(ref = "IguPlacement")))
  public Response vitas(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid VitasRegistration registration) {
    IguPlacementView view = placements.registerVitas(id, Versions.ifMatch(ifMatch), registration);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/termination")
  @Operation(operationId = "terminateIguPlacement",
      summary = "End the IGU early, with date and reason; bonus milestones not reached are forfeited")
  @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(ref = "IguPlacement")))
  @APIResponse(responseCode = "409", description = "The IGU has ended already")
  public Response terminate(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid IguTermination termination) {
    IguPlacementView view = placements.terminate(id, Versions.ifMatch(ifMatch), termination);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/completion")
  @Operation(operationId = "completeIguPlacement",
      summary = "Complete the IGU (not before start + 24 months); the completion bonus becomes due")
  @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(ref = "IguPlacement")))
  @APIResponse(responseCode = "409", description = "The IGU has ended already")
  public Response complete(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid IguCompletion completion) {
    IguPlacementView view = placements.complete(id, Versions.ifMatch(ifMatch), completion);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("{id}/bonus/{kind}")
  @Operation(operationId = "updateBonusMilestone", summary = "Mark a bonus milestone CLAIMED (at SIRI) or PAID")
  @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(ref = "IguPlacement")))
  @APIResponse(responseCode = "409", description = "The milestone is not due, or not claimed before paid")
  public Response bonus(@PathParam("id") UUID id,
      @PathParam("kind") @Parameter(description = "SIX_MONTHS or COMPLETION") String kind,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid BonusUpdate update) {
    BonusMilestoneKind k = Parameters.oneOf("kind", BonusMilestoneKind.class, kind);
    IguPlacementView view = placements.updateBonus(id, Versions.ifMatch(ifMatch), k, update);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
