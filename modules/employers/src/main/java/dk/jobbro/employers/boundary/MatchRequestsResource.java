package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.employers.MatchRequestStatus;
import dk.jobbro.api.employers.MatchRequestView;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Match requests: the holding kommune's caseworkers see those about their people and accept or decline; the
 * requesting kommune's consultants see theirs, with case id and name once accepted. Others' requests are 404.
 */
@Path("v1/match-requests")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class MatchRequestsResource {

  @Inject
  DefaultMatching matching;

  @GET
  @Operation(operationId = "listMatchRequests",
      summary = "Caseworkers: requests about the kommune's people; consultants: the kommune's own requests")
  @APIResponse(responseCode = "200", description = "One page of requests")
  public Page<MatchRequestView> list(
      @QueryParam("status") @Parameter(description = "REQUESTED, ACCEPTED or DECLINED") String status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return matching.list(Parameters.oneOf("status", MatchRequestStatus.class, status), PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getMatchRequest", summary = "One match request; ETag carries its version")
  @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(ref = "MatchRequest")))
  public Response get(@PathParam("id") UUID id) {
    return tagged(matching.get(id));
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "acceptMatchRequest",
      summary = "Accept: the requesting kommune then sees the case id and name")
  @APIResponse(responseCode = "200", description = "The request; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409", description = "Decided already")
  public Response accept(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the match request as last read") String ifMatch) {
    return tagged(matching.decide(id, Versions.ifMatch(ifMatch), true));
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "declineMatchRequest", summary = "Decline: the person stays pseudonymised")
  @APIResponse(responseCode = "200", description = "The request; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409", description = "Decided already")
  public Response decline(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the match request as last read") String ifMatch) {
    return tagged(matching.decide(id, Versions.ifMatch(ifMatch), false));
  }

  private static Response tagged(MatchRequestView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
