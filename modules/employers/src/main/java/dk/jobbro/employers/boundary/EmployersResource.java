package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.EmployerService;
import dk.jobbro.api.employers.EmployerView;
import dk.jobbro.api.employers.NewEmployer;
import dk.jobbro.api.employers.NewNote;
import dk.jobbro.api.employers.NoteView;
import dk.jobbro.api.shared.Parameters;
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
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The national company register over HTTP: one company per CVR number, found by every kommune's consultants; the
 * notes under a company are the caller's kommune's own.
 */
@Path("v1/employers")
@RequestScoped
@RolesAllowed(Roles.EMPLOYER_CONSULTANT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers", description = "Companies, partnership agreements, IGU placements and targets")
@SecurityRequirement(name = "bearer")
public class EmployersResource {

  @Inject
  EmployerService employers;

  @POST
  @Operation(operationId = "registerEmployer", summary = "Register a company by CVR number",
      description = "CVR: 8 digits, modulus 11 (weights 2,7,6,5,4,3,2,1). MUNICIPAL needs employingKommune, STATE "
          + "needs ministryArea. One company per CVR number nationally: a second registration is a 409 naming the "
          + "existing company; find it with GET ?cvr=.")
  @APIResponse(responseCode = "201", description = "Registered; Location names the company",
      content = @Content(schema = @Schema(ref = "Employer")))
  @APIResponse(responseCode = "409", description = "The CVR number is registered already")
  @Idempotent
  public Response register(@NotNull(message = "a JSON body is required") @Valid NewEmployer employer,
      @Context UriInfo uri) {
    EmployerView created = employers.register(employer);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(Versions.etag(created.version())).entity(created).build();
  }

  @GET
  @Operation(operationId = "findEmployers",
      summary = "Find companies by exact CVR number or by a word of the name (any kommune's companies)")
  @APIResponse(responseCode = "200", description = "One page of companies")
  public Page<EmployerView> find(
      @QueryParam("cvr") @Parameter(description = "8-digit CVR number") String cvr,
      @QueryParam("name") @Parameter(description = "The start of a word of the name") String name,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return employers.find(cvr, Parameters.text("name", name), PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getEmployer", summary = "Read one company")
  @APIResponse(responseCode = "200", description = "The company; ETag carries its version",
      content = @Content(schema = @Schema(ref = "Employer")))
  public Response get(@PathParam("id") UUID id) {
    EmployerView view = employers.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/notes")
  @Operation(operationId = "addEmployerNote",
      summary = "Add the caller's kommune's note on the company; no other kommune sees it")
  @APIResponse(responseCode = "201", description = "The note", content = @Content(schema = @Schema(ref = "EmployerNote")))
  @Idempotent
  public Response addNote(@PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid NewNote note) {
    return Response.status(Response.Status.CREATED).entity(employers.addNote(id, note)).build();
  }

  @GET
  @Path("{id}/notes")
  @Operation(operationId = "listEmployerNotes", summary = "The caller's kommune's notes on the company, newest first")
  @APIResponse(responseCode = "200", description = "The notes")
  public List<NoteView> notes(@PathParam("id") UUID id) {
    return employers.notes(id);
  }
}
