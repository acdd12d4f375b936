package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.AssessmentView;
import dk.jobbro.api.caseload.CaseCommands;
import dk.jobbro.api.caseload.CaseMoveService;
import dk.jobbro.api.caseload.CaseService;
import dk.jobbro.api.caseload.CaseView;
import dk.jobbro.api.caseload.DanishTestPassed;
import dk.jobbro.api.caseload.IguEligibility;
import dk.jobbro.api.caseload.IguEligibilityCheck;
import dk.jobbro.api.caseload.MoveView;
import dk.jobbro.api.caseload.NewCase;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The kommune's integration-programme cases over HTTP; all logic lives in {@link CaseService}. Changes to a case
 * need the ETag of the version the caller read in {@code If-Match}.
 *
 * <p>One instance serves every request (it holds nothing but its services): built per request, as a request-scoped
 * resource is, this class with its many methods and its interceptors cost every case read a Weld instance with its
 * interceptor instances and Jersey's reflective scan of the class for injection points, about a tenth of the case
 * read's CPU in a profile.
 */
@Path("v1/cases")
@ApplicationScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload", description = "The kommune's integration-programme cases")
@SecurityRequirement(name = "bearer")
public class CasesResource {

  private static final String IF_MATCH = "the ETag of the case as last read";

  @Inject
  CaseService cases;

  @Inject
  IguEligibilityCheck igu;

  @Inject
  CaseMoveService moves;

  @POST
  @Operation(operationId = "createCase",
      summary = "Register a person in the integration programme of the caller's kommune",
      description = "The CPR number is checked for a real birth date and the century rule, never for modulus 11. "
          + "The takeover date is computed from visitationDecisionDate (refugees, special-law groups: the first "
          + "working day after the first full calendar month) or cprRegistrationDate (quota refugees, "
          + "family-reunified); a takeoverDate given is an agreed, earlier date. The response masks the CPR number.")
  @APIResponse(responseCode = "201", description = "Registered; Location names the new case",
      content = @Content(schema = @Schema(ref = "CaseView")))
  @APIResponse(responseCode = "409", description = "The person already has a case in this kommune")
  @Idempotent
  public Response open(@NotNull(message = "a JSON body is required") @Valid NewCase newCase,
      @Context UriInfo uri) {
    CaseView created = cases.open(newCase);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(Versions.etag(created.version())).entity(created).build();
  }

  @GET
  @Operation(operationId = "listCases", summary = "Page through the caller's kommune's cases, newest first")
  @APIResponse(responseCode = "200", description = "One page of cases with masked CPR numbers")
  public Page<CaseView> list(
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return cases.list(PageRequest.of(page, size));
  }

  @POST
  @Path("search")
  @Operation(operationId = "searchCases", summary = "Find cases of the caller's kommune by name or CPR number",
      description = "The criteria travel in the body so a CPR number never appears in a URL; the search is "
          + "written to the access log with the criteria hashed.")
  @APIResponse(responseCode = "200", description = "Matching cases with masked CPR numbers")
  public Page<CaseView> search(@NotNull(message = "a JSON body is required") @Valid CaseCommands.Search search,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return cases.search(search, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getCase", summary = "Read one case of the caller's kommune",
      description = "reveal=cpr returns the full CPR number; that read is recorded in the access log.")
  @APIResponse(responseCode = "200", description = "The case; ETag carries its version",
      content = @Content(schema = @Schema(ref = "CaseView")))
  public Response get(
      @PathParam("id") @Parameter(description = "The case id") UUID id,
      @QueryParam("reveal") @Parameter(description = "'cpr' to see the full CPR number",
          schema = @Schema(type = SchemaType.STRING, enumeration = "cpr")) String reveal) {
    if (reveal != null && !reveal.equals("cpr")) {
      throw ProblemException.invalidField("reveal", "must be 'cpr' or absent");
    }
    return withEtag(cases.get(id, reveal != null));
  }

  @PUT
  @Path("{id}/person")
  @Operation(operationId = "updatePersonDetails",
      summary = "Correct or complete the person's details (name, country of origin, languages, permit date)")
  @APIResponse(responseCode = "200", description = "The changed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response person(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.PersonDetails details) {
    return withEtag(cases.updatePerson(id, Versions.ifMatch(ifMatch), details));
  }

  @PUT
  @Path("{id}/assignment")
  @Operation(operationId = "assignCase", summary = "Assign the case to a caseworker (or unassign it)")
  @APIResponse(responseCode = "200", description = "The changed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response assign(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.Assignment assignment) {
    return withEtag(cases.assign(id, Versions.ifMatch(ifMatch), assignment));
  }

  @PUT
  @Path("{id}/takeover")
  @Operation(operationId = "agreeTakeoverDate",
      summary = "Set an earlier takeover date agreed with the person; restarts the clocks from it")
  @APIResponse(responseCode = "200", description = "The changed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response takeover(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.AgreedTakeover takeover) {
    return withEtag(cases.agreeTakeover(id, Versions.ifMatch(ifMatch), takeover));
  }

  @PUT
  @Path("{id}/contract")
  @Operation(operationId = "signContract",
      summary = "Record that the kontrakt was signed (due within 1 month of takeover)")
  @APIResponse(responseCode = "200", description = "The changed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response contract(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.ContractSigned contract) {
    return withEtag(cases.signContract(id, Versions.ifMatch(ifMatch), contract));
  }

  @POST
  @Path("{id}/job-readiness")
  @Operation(operationId = "assessJobReadiness",
      summary = "Record a job-readiness assessment (aktivitetsparat needs a reason); the history is kept")
  @APIResponse(responseCode = "201", description = "The recorded assessment",
      content = @Content(schema = @Schema(ref = "JobReadinessAssessmentView")))
  @Idempotent
  public Response assess(@PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.Assessment assessment) {
    return Response.status(Response.Status.CREATED).entity(cases.assess(id, assessment)).build();
  }

  @GET
  @Path("{id}/job-readiness")
  @Operation(operationId = "listJobReadinessAssessments", summary = "The job-readiness history, oldest first")
  @APIResponse(responseCode = "200", description = "The assessments")
  public List<AssessmentView> assessments(@PathParam("id") UUID id) {
    return cases.assessments(id);
  }

  @PUT
  @Path("{id}/programme/planned-end")
  @Operation(operationId = "extendProgramme",
      summary = "Extend the programme (1 year by default, at most 5 years from the start)")
  @APIResponse(responseCode = "200", description = "The changed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response extend(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.ProgrammeExtension extension) {
    return withEtag(cases.extendProgramme(id, Versions.ifMatch(ifMatch), extension));
  }

  @POST
  @Path("{id}/programme/end")
  @Operation(operationId = "endProgramme", summary = "End the programme with a reason; closes the case")
  @APIResponse(responseCode = "200", description = "The closed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response end(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.ProgrammeEnd end) {
    return withEtag(cases.endProgramme(id, Versions.ifMatch(ifMatch), end));
  }

  @POST
  @Path("{id}/self-supporting")
  @Operation(operationId = "recordSelfSupport",
      summary = "Record self-support through an ordinary job or education; ends the programme")
  @APIResponse(responseCode = "200", description = "The closed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response selfSupporting(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.SelfSupport support) {
    return withEtag(cases.selfSupporting(id, Versions.ifMatch(ifMatch), support));
  }

  @PUT
  @Path("{id}/danish")
  @Operation(operationId = "updateDanishProgress",
      summary = "Danish education: track (DU1, DU2, DU3) and module reached")
  @APIResponse(responseCode = "200", description = "The changed case", content = @Content(schema = @Schema(ref = "CaseView")))
  public Response danish(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.DanishProgress progress) {
    return withEtag(cases.danishProgress(id, Versions.ifMatch(ifMatch), progress));
  }

  @POST
  @Path("{id}/danish/tests")
  @Operation(operationId = "addDanishTest", summary = "Record a Danish test passed, with its date")
  @APIResponse(responseCode = "201", description = "The case with the test", content = @Content(schema = @Schema(ref = "CaseView")))
  @Idempotent
  public Response danishTest(@PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid DanishTestPassed test) {
    CaseView view = cases.danishTestPassed(id, test);
    return Response.status(Response.Status.CREATED).tag(Versions.etag(view.version())).entity(view).build();
  }

  @GET
  @Path("{id}/igu-eligibility")
  @Operation(operationId = "checkIguEligibility",
      summary = "May the person start an IGU on this date? Every condition, under the rule in force then",
      description = "Rules by start date: from 2016-07-01 age 18 to under 40 and under 5 years since the residence "
          + "permit (refugees, quota refugees, family-reunified to refugees); from 2021-05-01 under 10 years; from "
          + "2024-01-01 age under 50, under 20 years, all family-reunified and special-law groups; no IGU may start "
          + "after 2027-12-31; one IGU per person.")
  @APIResponse(responseCode = "200", description = "The answer with every condition",
      content = @Content(schema = @Schema(ref = "IguEligibility")))
  public IguEligibility iguEligibility(@PathParam("id") UUID id,
      @QueryParam("startDate") @Parameter(description = "The intended start date, yyyy-MM-dd", required = true)
          String startDate) {
    return igu.check(id, Parameters.date("startDate", startDate));
  }

  @POST
  @Path("{id}/moves")
  @Operation(operationId = "requestCaseMove", summary = "Ask another kommune to take over the case (the person moves)",
      description = "The receiving kommune accepts or declines under /v1/case-moves; until then the case stays here.")
  @APIResponse(responseCode = "201", description = "The move request",
      content = @Content(schema = @Schema(ref = "CaseMove")))
  @APIResponse(responseCode = "409", description = "A move is already waiting, or the case is closed")
  @Idempotent
  public Response requestMove(@PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid CaseCommands.MoveRequest request) {
    MoveView move = moves.request(id, request);
    return Response.status(Response.Status.CREATED).tag(Versions.etag(move.version())).entity(move).build();
  }

  private static Response withEtag(CaseView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
