package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The retention jobs for those who answer for them: the dry run (what would go now) for operations and a kommune's
 * data protection officer (their kommune's part), and a run now for operations, after changing a period, say,
 * instead of waiting for the night. Both name records by id only.
 */
@Path("v1/retention")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
@Tag(name = "privacy")
@SecurityRequirement(name = "bearer")
public class RetentionResource {

  @Inject
  Retention retention;

  @Inject
  Caller caller;

  @Inject
  KommuneRegistry kommuner;

  @GET
  @Path("due")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "previewRetention", summary = "What the retention jobs would delete or anonymise now",
      description = "A dry run: the periods in force, how many access-log rows are due, and each case, handover, "
          + "match request and IGU note that would be erased, with what goes and what stays for the statistics. "
          + "Changes nothing. A privacy officer sees their own kommune's items.")
  @APIResponse(responseCode = "200", description = "What is due")
  public RetentionPreview due() {
    String kommune = caller.hasRole(Roles.ADMIN) ? null : caller.kommune().filter(kommuner::isKnown)
        .map(KommuneKode::value)
        .orElseThrow(() -> ProblemException.forbidden("Your token carries no valid 'kommune' claim."));
    return retention.preview(kommune);
  }

  @POST
  @Path("runs")
  @RolesAllowed(Roles.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "runRetention", summary = "Run the retention jobs now",
      description = "Does what the nightly jobs do: anonymises the closed cases and ended handovers that are due "
          + "in every module, then deletes the access-log rows older than their period from the hash chain's "
          + "beginning (the chain check still holds). Safe to repeat: what is done is not done again.")
  @APIResponse(responseCode = "200", description = "What was erased")
  public RetentionRun run() {
    return retention.run();
  }
}
