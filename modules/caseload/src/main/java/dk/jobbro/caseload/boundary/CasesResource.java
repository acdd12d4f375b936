package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CaseService;
import dk.jobbro.api.caseload.CaseView;
import dk.jobbro.api.caseload.NewCase;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kommune's integration-programme cases over HTTP; all logic lives in {@link CaseService}. */
@Path("v1/cases")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload", description = "The kommune's integration-programme cases")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The token's role or kommune does not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class CasesResource {

  @Inject
  CaseService cases;

  @POST
  @Operation(summary = "Register a person in the integration programme of the caller's kommune",
      description = "The CPR number is checked for a real birth date and the century rule, never for modulus 11. "
          + "The response masks the CPR number.")
  @APIResponse(responseCode = "201", description = "Registered; Location names the new case",
      content = @Content(schema = @Schema(ref = "CaseView")))
  @APIResponse(responseCode = "400", description = "Invalid fields, named in violations",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The person already has a case in this kommune",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response open(@NotNull(message = "a JSON body is required") @Valid NewCase newCase, @Context UriInfo uri) {
    CaseView created = cases.open(newCase);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one case of the caller's kommune",
      description = "reveal=cpr returns the full CPR number; that read is recorded in the access log.")
  @APIResponse(responseCode = "200", description = "The case; ETag carries its version",
      content = @Content(schema = @Schema(ref = "CaseView")))
  @APIResponse(responseCode = "404", description = "No such case in the caller's kommune",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response get(
      @PathParam("id") @Parameter(description = "The case id") UUID id,
      @QueryParam("reveal") @Parameter(description = "'cpr' to see the full CPR number",
          schema = @Schema(type = SchemaType.STRING, enumeration = "cpr")) String reveal) {
    if (reveal != null && !reveal.equals("cpr")) {
      throw ProblemException.invalidField("reveal", "must be 'cpr' or absent");
    }
    CaseView view = cases.get(id, reveal != null);
    return Response.ok(view).tag(etag(view)).build();
  }

  @GET
  @Operation(summary = "Page through the caller's kommune's cases, newest first")
  @APIResponse(responseCode = "200", description = "One page of cases with masked CPR numbers")
  @APIResponse(responseCode = "400", description = "page or size out of range",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Page<CaseView> list(
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return cases.list(PageRequest.of(page, size));
  }

  private static EntityTag etag(CaseView view) {
    return new EntityTag(Long.toString(view.version()));
  }
}
