package dk.jobbro.handover.boundary;

import dk.jobbro.api.handover.BatchResult;
import dk.jobbro.api.handover.DuplicateHandoverException;
import dk.jobbro.api.handover.FieldProvenance;
import dk.jobbro.api.handover.HandoverRevisionView;
import dk.jobbro.api.handover.HandoverService;
import dk.jobbro.api.handover.HandoverStatus;
import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.handover.HandoverSummary;
import dk.jobbro.api.handover.HandoverView;
import dk.jobbro.api.handover.InfoRequest;
import dk.jobbro.api.handover.TakeoverRequest;
import dk.jobbro.api.handover.TakeoverResult;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.idempotency.IdempotencyKey;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Handovers from the asylum phase to the receiving kommune over HTTP; the logic lives in {@link HandoverService} and
 * {@link BatchImport}. Senders see their own handovers, caseworkers those addressed to their kommune.
 */
@Path("v1/handovers")
@RequestScoped
@RolesAllowed({Roles.HANDOVER_SENDER, Roles.CASEWORKER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "handover", description = "Structured handover from asylum centre to kommune; takeover opens the case")
@SecurityRequirement(name = "bearer")
public class HandoversResource {

  static final String NDJSON = "application/x-ndjson";
  private static final String BATCH_KEY = "Client-chosen key (1-200 visible ASCII characters) that makes retrying "
      + "the whole batch safe";
  private static final String BATCH_IDEMPOTENCY = "With an Idempotency-Key, a retry with the same body (byte for "
      + "byte) answers the first run's results again with 'Idempotent-Replayed: true' and creates nothing; while the "
      + "first run is still writing, a retry is a 409 with Retry-After; the same key with another body is a 422. "
      + "A run holds the key with a lease it renews while it works (handover.batch.lease-seconds, default 15): after "
      + "a crash, a retry takes over once the lease has lapsed and completes the batch, answering the records the "
      + "crashed run wrote as it would have. A key expires 7 days after its first use "
      + "(handover.idempotency-key.retention-days).";
  private static final String SENDERS_APART = "Only the sender's own handover of the person to the kommune is a "
      + "duplicate: a person another sender handed over is created like any other (the answer tells nothing of the "
      + "other sender), and the receiving kommune sees the two as possibleDuplicates and merges one into the other.";

  @Inject
  HandoverService handovers;

  @Inject
  BatchImport batch;

  @POST
  @RolesAllowed(Roles.HANDOVER_SENDER)
  @Operation(operationId = "submitHandover", summary = "Send a handover to the receiving kommune",
      description = "The sender is the token's sender claim. Give the CPR number when assigned, otherwise the "
          + "immigration service's case number. Health information needs health.consent. The expected takeover date "
          + "is computed with caseload's rule. With an Idempotency-Key, a retry with the same body answers 201 "
          + "again with the same handover (its current state) and 'Idempotent-Replayed: true'; the same key with "
          + "another body is a 422. A key expires 7 days after its first use (handover.idempotency-key."
          + "retention-days), then it is like a new one. A person the same sender already handed over to the kommune "
          + "(neither withdrawn nor merged) gets a 409 naming that handover in duplicateOf, and no second handover. "
          + SENDERS_APART + " The CPR number is always masked in the answer.")
  @APIResponse(responseCode = "201", description = "Sent (or replayed); Location names the handover",
      content = @Content(schema = @Schema(ref = "HandoverView")))
  @APIResponse(responseCode = "409", description = "The sender already handed the person over to this kommune",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = DuplicateProblem.class)))
  @Idempotent
  public Response submit(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Client-chosen key (1-200 visible ASCII "
          + "characters) that makes retries safe") String idempotencyKey,
      @NotNull(message = "a JSON body is required") @Valid HandoverSubmission submission, @Context UriInfo uri) {
    // idempotencyKey is read and kept by the @Idempotent plumbing; the parameter declares it in the document
    HandoverView view;
    try {
      view = handovers.submit(submission);
    } catch (DuplicateHandoverException e) {
      return Response.status(409).type(Problem.MEDIA_TYPE).entity(new DuplicateProblem(e.type(), e.title(), 409,
          e.getMessage(), "/api/" + uri.getPath(), e.violations(), e.duplicateOf())).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version())).entity(view).build();
  }

  @GET
  @Operation(operationId = "listHandovers",
      summary = "The caller's handovers: a caseworker's kommune inbox, or a sender's own handovers",
      description = "Newest first, with status, expected takeover date and completeness score; CPR masked. In the "
          + "kommune's inbox, possibleDuplicates names the kommune's other handovers of the same person from other "
          + "senders (merge one into the other with POST /api/v1/handovers/{id}/merge-into/{otherId}).")
  @APIResponse(responseCode = "200", description = "One page of handovers")
  public Page<HandoverSummary> list(
      @QueryParam("status") @Parameter(description = "Only this status") String status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    return handovers.list(status(status), request);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getHandover", summary = "Read one handover",
      description = "The receiving kommune's first read acknowledges it (SENT → RECEIVED). The read is logged.")
  @APIResponse(responseCode = "200", description = "The handover; ETag carries its version",
      content = @Content(schema = @Schema(ref = "HandoverView")))
  public Response get(@PathParam("id") @Parameter(description = "The handover id") UUID id) {
    HandoverView view = handovers.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.HANDOVER_SENDER)
  @Operation(operationId = "amendHandover",
      summary = "Amend a handover with a complete new version (every version is kept)",
      description = "Answers the kommune's open information requests; the handover is SENT again.")
  @APIResponse(responseCode = "200", description = "The amended handover", content = @Content(schema = @Schema(ref = "HandoverView")))
  @APIResponse(responseCode = "409", description = "Taken over or withdrawn")
  public Response amend(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the handover as last read") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid HandoverSubmission submission) {
    HandoverView view = handovers.amend(id, Versions.ifMatch(ifMatch), submission);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed(Roles.HANDOVER_SENDER)
  @Operation(operationId = "withdrawHandover", summary = "Withdraw a handover before takeover")
  @APIResponse(responseCode = "200", description = "The withdrawn handover", content = @Content(schema = @Schema(ref = "HandoverView")))
  @APIResponse(responseCode = "409", description = "Already taken over or withdrawn")
  public HandoverView withdraw(@PathParam("id") UUID id) {
    return handovers.withdraw(id);
  }

  @POST
  @Path("{id}/info-requests")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "requestHandoverInformation",
      summary = "Ask the sender for missing information (fields and a message); status INFO_REQUESTED")
  @APIResponse(responseCode = "200", description = "The handover with the request", content = @Content(schema = @Schema(ref = "HandoverView")))
  @APIResponse(responseCode = "409", description = "Taken over or withdrawn")
  public HandoverView requestInformation(@PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid InfoRequest request) {
    return handovers.requestInformation(id, request);
  }

  @POST
  @Path("{id}/merge-into/{otherId}")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "mergeHandover",
      summary = "The receiving kommune merges a handover into another handover of the same person, which it keeps",
      description = "For two handovers of one person from different senders (possibleDuplicates): the handover {id} "
          + "ends as MERGED with mergedInto naming {otherId}; {otherId} goes on (it may also be taken over already). "
          + "Both must be addressed to the caller's kommune. The sender of the merged handover sees it MERGED and "
          + "learns nothing of the other. Repeating the same merge answers the same.")
  @APIResponse(responseCode = "200", description = "The merged handover",
      content = @Content(schema = @Schema(ref = "HandoverView")))
  @APIResponse(responseCode = "400", description = "otherId names the handover itself")
  @APIResponse(responseCode = "404", description = "Either handover is not one of the kommune's")
  @APIResponse(responseCode = "409", description = "The handover is no longer open, the one to keep is withdrawn or "
      + "merged, or the two are not of the same person")
  public HandoverView mergeInto(@PathParam("id") @Parameter(description = "The handover that ends as MERGED") UUID id,
      @PathParam("otherId") @Parameter(description = "The handover of the same person that is kept") UUID otherId) {
    return handovers.mergeInto(id, otherId);
  }

  @GET
  @Path("{id}/revisions")
  @Operation(operationId = "listHandoverRevisions", summary = "Every version of the handover, oldest first")
  @APIResponse(responseCode = "200", description = "The versions")
  public List<HandoverRevisionView> revisions(@PathParam("id") UUID id) {
    return handovers.revisions(id);
  }

  @GET
  @Path("{id}/provenance")
  @Operation(operationId = "getHandoverProvenance",
      summary = "Which version, sender and user supplied each field's current value, and when")
  @APIResponse(responseCode = "200", description = "One entry per field present")
  public List<FieldProvenance> provenance(@PathParam("id") UUID id) {
    return handovers.provenance(id);
  }

  @POST
  @Path("{id}/takeover")
  @RolesAllowed(Roles.CASEWORKER)
  @Operation(operationId = "takeOverHandover",
      summary = "Take over: the handover becomes TAKEN_OVER and a case opens in caseload, exactly once",
      description = "The date defaults to the expected takeover date; an earlier date is an agreed takeover. "
          + "Give cpr when the handover had none. A repeated or concurrent takeover answers with the same case. "
          + "An adult's takeover brings the household's open handovers of children (under 18) in the kommune along "
          + "as dependants on the new case; a child's own takeover registers it on the case of an adult of the "
          + "household already taken over (dependant: true).")
  @APIResponse(responseCode = "200", description = "The case id and the first-offer deadlines",
      content = @Content(schema = @Schema(ref = "TakeoverResult")))
  @APIResponse(responseCode = "409", description = "Withdrawn, the person already has a case, or the handover "
      + "needs an amendment by the sender (type handover-needs-amendment, e.g. a language Jobbro does not know, "
      + "named in violations): ask for it with an information request; or a child whose household has no adult "
      + "taken over yet")
  public TakeoverResult takeover(@PathParam("id") UUID id, @Valid @RequestBody(required = false,
      description = "Optional: without one, the expected takeover date and the handover's own cpr")
      TakeoverRequest request) {
    return handovers.takeover(id, request == null ? new TakeoverRequest(null, null) : request);
  }

  @POST
  @Path("batch")
  @RolesAllowed(Roles.HANDOVER_SENDER)
  @Operation(operationId = "submitHandoverBatch",
      summary = "Send up to 10,000 handovers as a JSON array; one result per record",
      description = "Each record is created, flagged as a duplicate of the sender's own handover of the person "
          + "(duplicateOf) or rejected with a problem naming its fields; valid records are kept when others fail, "
          + "also when the database refuses one record's values. " + SENDERS_APART + " NDJSON: POST the same path "
          + "with Content-Type application/x-ndjson, one handover per line. " + BATCH_IDEMPOTENCY)
  @RequestBody(description = "A JSON array of handovers", required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(type = SchemaType.ARRAY, implementation = HandoverSubmission.class)))
  @APIResponse(responseCode = "200", description = "The result per record (or, replayed, the first run's)",
      content = @Content(schema = @Schema(ref = "BatchResult")))
  public Response batch(
      @HeaderParam("Idempotency-Key") @Parameter(description = BATCH_KEY) String idempotencyKey, String body,
      @Context UriInfo uri) {
    return batchAnswer(idempotencyKey, body, BatchBody.arrayRecords(body), uri);
  }

  @POST
  @Path("batch")
  @Consumes(NDJSON)
  @RolesAllowed(Roles.HANDOVER_SENDER)
  @Operation(operationId = "submitHandoverBatchNdjson",
      summary = "Send up to 10,000 handovers as NDJSON (one per line); one result per record",
      description = BATCH_IDEMPOTENCY)
  @APIResponse(responseCode = "200", description = "The result per record (or, replayed, the first run's)",
      content = @Content(schema = @Schema(ref = "BatchResult")))
  public Response batchNdjson(
      @HeaderParam("Idempotency-Key") @Parameter(description = BATCH_KEY) String idempotencyKey, String lines,
      @Context UriInfo uri) {
    return batchAnswer(idempotencyKey, lines, BatchBody.ndjsonRecords(lines), uri);
  }

  private Response batchAnswer(String idempotencyKey, String body, List<String> records, UriInfo uri) {
    String key = IdempotencyKey.of(idempotencyKey);
    BatchImport.Answer answer;
    try {
      answer = batch.run(records, key, key == null ? null : BatchBody.hash(body));
    } catch (BatchIdempotency.InProgress e) {
      return Response.status(e.status()).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
          .entity(new Problem(e.type(), e.title(), e.status(), e.getMessage(), "/api/" + uri.getPath(), null, null))
          .build();
    }
    Response.ResponseBuilder r = Response.ok(answer.result());
    return answer.replayed() ? r.header(IdempotencyKey.REPLAYED, "true").build() : r.build();
  }

  private static HandoverStatus status(String status) {
    if (status == null) {
      return null;
    }
    try {
      return HandoverStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("status", "must be one of " + Arrays.toString(HandoverStatus.values()));
    }
  }
}
