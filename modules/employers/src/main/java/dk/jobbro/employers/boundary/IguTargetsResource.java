package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.employers.IguKommuneTarget;
import dk.jobbro.api.employers.IguTarget;
import dk.jobbro.api.employers.IguTargetSetting;
import dk.jobbro.api.employers.IguTargets;
import java.util.List;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ministries' IGU targets per ministry area and year against the IGU placements at STATE employers: aggregates
 * only, so the ministry's analysts may read them.
 */
@Path("v1/igu-targets")
@RequestScoped
@RolesAllowed({Roles.MINISTRY_ANALYST, Roles.ADMIN, Roles.EMPLOYER_CONSULTANT})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class IguTargetsResource {

  private static final String AREA_DESCRIPTION =
      "A code of GET /api/v1/reference/ministry-areas, e.g. FORSVARSMINISTERIET";

  @Inject
  IguTargets targets;

  @GET
  @Operation(operationId = "listIguTargets", summary = "Actual versus target per ministry area",
      description = "actual: IGU placements at STATE employers of the area running on the date (any kommune); "
          + "target: the area's target for the year, null if none was set.")
  @APIResponse(responseCode = "200", description = "One row per ministry area")
  public List<IguTarget> actualVersusTarget(
      @QueryParam("year") @Parameter(description = "The target year", required = true) String year,
      @QueryParam("date") @Parameter(description = "Count placements running on this date, yyyy-MM-dd "
          + "(default: 31 December of the year)") String date) {
    int y = Parameters.year("year", year);
    return targets.actualVersusTarget(y, Parameters.date("date", date, lastDayOf(y)));
  }

  @PUT
  @Path("{ministryArea}/{year}")
  @RolesAllowed({Roles.MINISTRY_ANALYST, Roles.ADMIN})
  @Operation(operationId = "setIguTarget",
      summary = "Set a ministry area's IGU target for a year (replaces an earlier one)")
  @APIResponse(responseCode = "200", description = "The target with today's actual",
      content = @Content(schema = @Schema(ref = "IguTarget")))
  public IguTarget set(
      @PathParam("ministryArea") @Parameter(description = AREA_DESCRIPTION) String area,
      @PathParam("year") @Parameter(description = "The year") String year,
      @NotNull(message = "a JSON body is required") @Valid IguTargetSetting setting) {
    return targets.set(area, Parameters.year("year", year), setting);
  }

  @GET
  @Path("{ministryArea}/{year}/kommuner")
  @Operation(operationId = "listIguKommuneTargets",
      summary = "A ministry area's targets per kommune against the placements each kommune made",
      description = "One row per kommune with a target of the area for the year or with an IGU placement at the "
          + "area's STATE employers running on the date (counted in the kommune whose jobcentre made it). The "
          + "kommune targets need not add up to the area's target. Counts of placements, shown unsuppressed.")
  @APIResponse(responseCode = "200", description = "One row per kommune, by kommunekode")
  public List<IguKommuneTarget> perKommune(
      @PathParam("ministryArea") @Parameter(description = AREA_DESCRIPTION) String area,
      @PathParam("year") @Parameter(description = "The year") String year,
      @QueryParam("date") @Parameter(description = "Count placements running on this date, yyyy-MM-dd "
          + "(default: 31 December of the year)") String date) {
    int y = Parameters.year("year", year);
    return targets.perKommune(area, y, Parameters.date("date", date, lastDayOf(y)));
  }

  /** 31 December of the year, the default count date; an impossible year is refused later by the service. */
  private static LocalDate lastDayOf(int year) {
    return LocalDate.of(Math.max(1, Math.min(year, 9999)), 12, 31);
  }

  @PUT
  @Path("{ministryArea}/{year}/kommuner/{kommune}")
  @RolesAllowed({Roles.MINISTRY_ANALYST, Roles.ADMIN})
  @Operation(operationId = "setIguKommuneTarget",
      summary = "Set the part of a ministry area's IGU target for a year that one kommune takes")
  @APIResponse(responseCode = "200", description = "The kommune's target with today's actual",
      content = @Content(schema = @Schema(ref = "IguKommuneTarget")))
  public IguKommuneTarget setForKommune(
      @PathParam("ministryArea") @Parameter(description = AREA_DESCRIPTION) String area,
      @PathParam("year") @Parameter(description = "The year") String year,
      @PathParam("kommune") @Parameter(description = "3-digit kommunekode") String kommune,
      @NotNull(message = "a JSON body is required") @Valid IguTargetSetting setting) {
    return targets.setForKommune(area, Parameters.year("year", year), kommune, setting);
  }
}
