package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.BenefitPeriodView;
import dk.jobbro.api.caseload.BenefitService;
import dk.jobbro.api.caseload.NewBenefitPeriod;
import dk.jobbro.api.caseload.OfferEnd;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.idempotency.Idempotent;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The person's benefit periods (integrationsydelse / selvforsørgelses- og hjemrejseydelse, kontanthjælp). */
@Path("v1/cases/{caseId}/benefits")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class CaseBenefitsResource {

  @Inject
  BenefitService benefits;

  @POST
  @Operation(operationId = "addBenefitPeriod",
      summary = "Register a benefit period; periods of one person never overlap")
  @APIResponse(responseCode = "201", description = "The period",
      content = @Content(schema = @Schema(ref = "BenefitPeriod")))
  @Idempotent
  public Response add(@PathParam("caseId") UUID caseId,
      @NotNull(message = "a JSON body is required") @Valid NewBenefitPeriod period) {
    BenefitPeriodView created = benefits.add(caseId, period);
    return Response.status(Response.Status.CREATED).tag(Versions.etag(created.version())).entity(created).build();
  }

  @GET
  @Operation(operationId = "listBenefitPeriods", summary = "The person's benefit periods, oldest first")
  @APIResponse(responseCode = "200", description = "The periods")
  public List<BenefitPeriodView> list(@PathParam("caseId") UUID caseId) {
    return benefits.list(caseId);
  }

  @PUT
  @Path("{periodId}/end")
  @Operation(operationId = "endBenefitPeriod", summary = "Set the period's last day")
  @APIResponse(responseCode = "200", description = "The period",
      content = @Content(schema = @Schema(ref = "BenefitPeriod")))
  public Response end(@PathParam("caseId") UUID caseId, @PathParam("periodId") UUID periodId,
      @HeaderParam("If-Match") String ifMatch, @NotNull(message = "a JSON body is required") @Valid OfferEnd end) {
    BenefitPeriodView period = benefits.end(caseId, periodId, Versions.ifMatch(ifMatch), end);
    return Response.ok(period).tag(Versions.etag(period.version())).build();
  }
}
