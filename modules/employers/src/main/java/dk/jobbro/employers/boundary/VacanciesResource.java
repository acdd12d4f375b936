package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.employers.NewVacancy;
import dk.jobbro.api.employers.VacancyService;
import dk.jobbro.api.employers.VacancyStatus;
import dk.jobbro.api.employers.VacancyView;
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
 * Companies' vacancies over HTTP: the own kommune's, and other kommuners' open ones that welcome candidates from the
 * caller's kommune (within their maximum commute between approximate kommune centroids).
 */
@Path("v1/vacancies")
@RequestScoped
@RolesAllowed(Roles.EMPLOYER_CONSULTANT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class VacanciesResource {

  @Inject
  VacancyService vacancies;

  @POST
  @Operation(operationId = "openVacancy", summary = "Register a company's vacancy",
      description = "offerType IGU, LOENTILSKUD, VIRKSOMHEDSPRAKTIK or ORDINARY_JOB; occupation as ISCO-08 code; "
          + "openToOtherKommuner with maxCommuteKm (1 to 500, null for any distance) lets other kommuner's "
          + "consultants see it.")
  @APIResponse(responseCode = "201", description = "The vacancy", content = @Content(schema = @Schema(ref = "Vacancy")))
  @Idempotent
  public Response open(@NotNull(message = "a JSON body is required") @Valid NewVacancy vacancy, @Context UriInfo uri) {
    VacancyView created = vacancies.open(vacancy);
    return Response.ok(created).tag(Versions.etag(created.version())).status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).build();
  }

  @GET
  @Operation(operationId = "listVacancies",
      summary = "The vacancies visible to the caller's kommune, earliest start first, with distances")
  @APIResponse(responseCode = "200", description = "One page of vacancies")
  public Page<VacancyView> list(
      @QueryParam("status") @Parameter(description = "OPEN, FILLED or CLOSED") String status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return vacancies.list(Parameters.oneOf("status", VacancyStatus.class, status), PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getVacancy", summary = "One vacancy; ETag carries its version")
  @APIResponse(responseCode = "200", description = "The vacancy", content = @Content(schema = @Schema(ref = "Vacancy")))
  public Response get(@PathParam("id") UUID id) {
    VacancyView view = vacancies.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/status/{status}")
  @Operation(operationId = "changeVacancyStatus", summary = "Mark the own kommune's vacancy FILLED or CLOSED")
  @APIResponse(responseCode = "200", description = "The vacancy", content = @Content(schema = @Schema(ref = "Vacancy")))
  @APIResponse(responseCode = "409", description = "It is closed already")
  public Response close(@PathParam("id") UUID id,
      @PathParam("status") @Parameter(description = "FILLED or CLOSED") String status,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the vacancy as last read") String ifMatch) {
    VacancyStatus next = Parameters.oneOf("status", VacancyStatus.class, status);
    if (next == null) {
      throw dk.jobbro.api.shared.problem.ProblemException.invalidField("status", "must be FILLED or CLOSED");
    }
    VacancyView view = vacancies.close(id, Versions.ifMatch(ifMatch), next);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
