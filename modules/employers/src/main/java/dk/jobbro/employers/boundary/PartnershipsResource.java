package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.employers.Commitments;
import dk.jobbro.api.employers.NewPartnership;
import dk.jobbro.api.employers.PartnershipCount;
import dk.jobbro.api.employers.PartnershipEnd;
import dk.jobbro.api.employers.PartnershipService;
import dk.jobbro.api.employers.PartnershipStatus;
import dk.jobbro.api.employers.PartnershipView;
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

/** The caller's kommune's partnership agreements with companies; another kommune's agreement is a 404. */
@Path("v1/partnerships")
@RequestScoped
@RolesAllowed(Roles.EMPLOYER_CONSULTANT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class PartnershipsResource {

  private static final String IF_MATCH = "the ETag of the partnership as last read";

  @Inject
  PartnershipService partnerships;

  @POST
  @Operation(operationId = "signPartnership",
      summary = "Record a partnership agreement of the caller's kommune with a company",
      description = "Places per year are 0 to 10,000; occupations are ISCO-08/DISCO-08 codes. One active agreement "
          + "per kommune and company.")
  @APIResponse(responseCode = "201", description = "The agreement", content = @Content(schema = @Schema(ref = "Partnership")))
  @APIResponse(responseCode = "409", description = "An active agreement with the company exists")
  @Idempotent
  public Response sign(@NotNull(message = "a JSON body is required") @Valid NewPartnership partnership,
      @Context UriInfo uri) {
    PartnershipView created = partnerships.sign(partnership);
    return Response.ok(created).tag(Versions.etag(created.version())).status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).build();
  }

  @GET
  @Operation(operationId = "listPartnerships", summary = "The caller's kommune's agreements, newest signed first")
  @APIResponse(responseCode = "200", description = "One page of agreements")
  public Page<PartnershipView> list(
      @QueryParam("status") @Parameter(description = "ACTIVE or ENDED") String status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return partnerships.list(Parameters.oneOf("status", PartnershipStatus.class, status), PageRequest.of(page, size));
  }

  @GET
  @Path("count")
  @Operation(operationId = "countPartnerships",
      summary = "How many agreements the caller's kommune has, and the places per year they commit")
  @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(ref = "PartnershipCount")))
  public PartnershipCount count() {
    return partnerships.count();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getPartnership", summary = "One agreement; ETag carries its version")
  @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(ref = "Partnership")))
  public Response get(@PathParam("id") UUID id) {
    PartnershipView view = partnerships.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("{id}/commitments")
  @Operation(operationId = "updatePartnershipCommitments", summary = "Change what the company commits to per year")
  @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(ref = "Partnership")))
  public Response commitments(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid Commitments commitments) {
    PartnershipView view = partnerships.updateCommitments(id, Versions.ifMatch(ifMatch), commitments);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/end")
  @Operation(operationId = "endPartnership", summary = "End the agreement")
  @APIResponse(responseCode = "200", description = "The ended agreement", content = @Content(schema = @Schema(ref = "Partnership")))
  @APIResponse(responseCode = "409", description = "It has ended already")
  public Response end(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid PartnershipEnd end) {
    PartnershipView view = partnerships.end(id, Versions.ifMatch(ifMatch), end);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
