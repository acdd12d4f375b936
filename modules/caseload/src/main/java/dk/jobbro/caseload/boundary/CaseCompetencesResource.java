package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.events.CaseUpdated;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * A case's competence profile (education, work experience, driving licence). It arrives with the handover; cases
 * registered directly, or whose person learns more, need the caseworker to keep it current, since matching with
 * vacancies reads it. The answer carries the case's new ETag.
 */
@Path("v1/cases/{id}/competences")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class CaseCompetencesResource {

  @Inject
  CaseLookup lookup;

  @Inject
  dk.jobbro.caseload.control.CaseRepository cases;

  @Inject
  jakarta.enterprise.event.Event<CaseUpdated> caseUpdated;

  @GET
  @Transactional
  @Operation(operationId = "getCompetences", summary = "The case's competence profile; ETag is the case's version")
  @APIResponse(responseCode = "200", description = "The profile",
      content = @Content(schema = @Schema(ref = "CompetenceProfile")))
  public Response get(@PathParam("id") UUID id) {
    CaseFile c = lookup.visible(id, "READ");
    return Response.ok(c.competences()).tag(Versions.etag(c.version())).build();
  }

  @PUT
  @Transactional
  @Operation(operationId = "updateCompetences", summary = "Replace the case's competence profile")
  @APIResponse(responseCode = "200", description = "The profile",
      content = @Content(schema = @Schema(ref = "CompetenceProfile")))
  public Response put(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the case as last read") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CompetenceProfile profile) {
    CaseFile c = lookup.forChange(id, Versions.ifMatch(ifMatch), "UPDATE");
    c.attachCompetences(profile, null);
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.COMPETENCES));
    cases.flush(); // bumps the version now, so the ETag we answer with is the new one
    return Response.ok(c.competences()).tag(Versions.etag(c.version())).build();
  }
}
