package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.reference.ReferenceData;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.employers.control.MinistryArea;
import dk.jobbro.employers.control.MinistryAreaRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dated list of ministry areas, read-only, for every authenticated role (it is public knowledge). */
@ReferenceData
@Path("v1/reference/ministry-areas")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT, Roles.HANDOVER_SENDER, Roles.MINISTRY_ANALYST,
    Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
@SecurityRequirement(name = "bearer")
public class MinistryAreasResource {

  @Inject
  MinistryAreaRegistry areas;

  @GET
  @Operation(operationId = "listMinistryAreas",
      summary = "The ministry areas, as the governments since 2015 named them, ordered by code",
      description = "With 'on', the areas in force on that date: the codes a STATE employer may be registered "
          + "under (on today's date) or an IGU target set for (on any day of its year). Without it, every area "
          + "ever listed, with the date it ended and its successor: reports count a placement under the area in "
          + "force on the report's date, following the successors of renamed and merged ministries.")
  @APIResponse(responseCode = "200", description = "The areas")
  public List<MinistryArea> list(
      @QueryParam("on") @Parameter(description = "Only the areas in force on this date, yyyy-MM-dd") String on) {
    return on == null ? areas.all() : areas.inForceOn(Parameters.date("on", on));
  }
}
