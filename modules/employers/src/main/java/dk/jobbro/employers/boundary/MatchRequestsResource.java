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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * Match requests, from the first question to the placement: the holding kommune's caseworkers see those about their
 * people (with the vacancy, company, message and contact) and accept or decline; the requesting kommune's consultants
 * see theirs, with the person's name once accepted, propose the placement (offer or IGU, of the vacancy's type) and
 * may withdraw; the holding kommune, which owns the case, confirms the proposal (the offer or IGU is then registered
 * on its case and linked to the vacancy) or declines it. Others' requests are 404.
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
      @QueryParam("status") @Parameter(description = "REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, PROPOSED or PLACED")
          String status,
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
      summary = "Accept: the requesting kommune then sees the person's name and may propose a placement")
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

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed(Roles.EMPLOYER_CONSULTANT)
  @Operation(operationId = "withdrawMatchRequest",
      summary = "The requesting consultant withdraws the request (until the placement is registered)")
  @APIResponse(responseCode = "200", description = "The request; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409", description = "Declined, withdrawn or placed already")
  public Response withdraw(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the match request as last read") String ifMatch) {
    return tagged(matching.withdraw(id, Versions.ifMatch(ifMatch)));
  }

  @POST
  @Path("{id}/proposal")
  @RolesAllowed(Roles.EMPLOYER_CONSULTANT)
  @Operation(operationId = "proposeMatchPlacement",
      summary = "The requesting consultant proposes the placement of an accepted match",
      description = "The type is the vacancy's offer type; an IGU needs payBasis, signedDate and at least 25 hours. "
          + "The holding kommune confirms or declines it; the request waits as PROPOSED.")
  @APIResponse(responseCode = "200", description = "The request; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409", description = "Not accepted, or a proposal waits already")
  public Response propose(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the match request as last read") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid NewMatchProposal proposal) {
    return tagged(matching.propose(id, Versions.ifMatch(ifMatch), proposal));
  }

  @POST
  @Path("{id}/proposal/confirm")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "confirmMatchPlacement",
      summary = "The holding kommune registers the proposed placement on its case",
      description = "An IGU goes through the IGU placement rules (422 with every reason when the person may not "
          + "start it; the proposal then still waits), any other offer through the case's offer rules. The offer "
          + "and placement are linked to the vacancy; the placement counts for the holding kommune.")
  @APIResponse(responseCode = "200", description = "The request, PLACED; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409", description = "No proposal waits")
  @APIResponse(responseCode = "422", description = "The IGU may not start (every reason in violations)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response confirm(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the match request as last read") String ifMatch) {
    return tagged(matching.confirmProposal(id, Versions.ifMatch(ifMatch)));
  }

  @POST
  @Path("{id}/proposal/decline")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "declineMatchPlacement",
      summary = "The holding kommune declines the proposed placement, with a reason; the match stays accepted")
  @APIResponse(responseCode = "200", description = "The request, ACCEPTED again; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409", description = "No proposal waits")
  public Response declineProposal(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the match request as last read") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid MatchProposalDecline decline) {
    return tagged(matching.declineProposal(id, Versions.ifMatch(ifMatch), decline));
  }

  private static Response tagged(MatchRequestView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
