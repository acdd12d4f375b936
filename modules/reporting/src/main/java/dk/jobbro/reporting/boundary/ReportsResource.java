package dk.jobbro.reporting.boundary;

import dk.jobbro.api.reporting.Report;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import dk.jobbro.api.reporting.SnapshotChanges;
import dk.jobbro.api.reporting.SnapshotRequest;
import dk.jobbro.reporting.entity.Snapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ministry's and kommuner's statistics, as JSON or CSV ({@code Accept: text/csv}). Aggregates only: the
 * ministry sees every kommune, a kommune's staff their own kommune and the national totals.
 */
@Path("v1/reports")
@RequestScoped
@RolesAllowed({Roles.MINISTRY_ANALYST, Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT, Roles.ADMIN})
@Produces({MediaType.APPLICATION_JSON, ReportCsvWriter.TEXT_CSV})
@Tag(name = "reporting", description = "Statistics for the ministry and the kommuner; aggregates only")
@SecurityRequirement(name = "bearer")
public class ReportsResource {

  private static final String SUPPRESSION = " Person counts from 1 to 4 are null and named in the row's 'suppressed' "
      + "list, and so are the cells that would let them be worked out from this or any other report's figures; "
      + "shares and averages rest on at least 5 persons.";

  /**
   * Which kommune a placement from a cross-border match counts for: the person's, which holds the case, registers
   * the offer or IGU on it and owns the duties it meets; never the company's as well, so national sums count each
   * person once.
   */
  private static final String CROSS_BORDER = " A placement that came from another kommune's vacancy (a cross-border "
      + "match) counts for the person's kommune only: it holds the case, registers the placement and owns the duty "
      + "it meets; counting it for the company's kommune too would count the person twice nationally.";

  private static final String YEAR_FROM = "1 January of the year, yyyy-MM-dd (default: this year). Person counts "
      + "are published per calendar year only";

  private static final String YEAR_TO = "31 December of the same year, yyyy-MM-dd (either one names the year)";

  @Inject
  Reports reports;

  @Inject
  Snapshots snapshots;

  @GET
  @Path("self-supporting")
  @Operation(operationId = "getSelfSupportingReport",
      summary = "Persons who became self-supporting (ordinary job or education) per kommune in a year, by "
      + "gender", description = "All 98 kommuner, zeros included." + SUPPRESSION)
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report selfSupporting(@QueryParam("year") @Parameter(description = "The year (default: this year)")
      Integer year) {
    return reports.selfSupporting(year);
  }

  @GET
  @Path("first-offer-compliance")
  @Operation(operationId = "getFirstOfferComplianceReport",
      summary = "How the first company-oriented offer went for the cases taken over in a calendar year, per kommune",
      description = "Within 14 days, within 1 month, late, or still open (overdue or not yet due), with shares."
          + SUPPRESSION + CROSS_BORDER)
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report firstOfferCompliance(
      @QueryParam("from") @Parameter(description = "Takeovers from: " + YEAR_FROM) String from,
      @QueryParam("to") @Parameter(description = "Takeovers until: " + YEAR_TO) String to) {
    return reports.firstOfferCompliance(from, to);
  }

  @GET
  @Path("programme-development")
  @Operation(operationId = "getProgrammeDevelopmentReport",
      summary = "Net change in programme benefit recipients between two months per kommune, ranked",
      description = "Recipients of integrationsydelse (selvforsørgelses- og hjemrejseydelse) or kontanthjælp under "
          + "the programme on the last day of 'from' and of 'to'. A fall ranks first; ties share a rank. The levels are "
          + "person counts and are not shown; a net change is shown only where both levels could be, and ranks are "
          + "among the changes shown. Each row also has the "
          + "kommune's inhabitants on 1 January (Statistics Denmark, FOLK1A; public figures, unsuppressed), the "
          + "change per 1,000 inhabitants and its rank.")
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report programmeDevelopment(
      @QueryParam("from") @Parameter(description = "The first month, yyyy-MM", required = true) String from,
      @QueryParam("to") @Parameter(description = "The last month, yyyy-MM", required = true) String to,
      @QueryParam("rankBy") @Parameter(description = "Order rows by 'change' (default) or 'perThousand'")
          String rankBy) {
    return reports.programmeDevelopment(from, to, rankBy);
  }

  @GET
  @Path("igu-placements")
  @Operation(operationId = "getIguPlacementsReport",
      summary = "IGU placements per kommune by employer sector, and how concentrated they are",
      description = "Placements started in one calendar year. All 98 kommuner, zeros included; the summary gives "
          + "the share held by the top N kommuner and how many kommuner have none or one or two, where that pins no "
          + "hidden count. Each placement is one person's, protected as in igu-pipeline." + SUPPRESSION + CROSS_BORDER)
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report iguPlacements(
      @QueryParam("from") @Parameter(description = "Started from: " + YEAR_FROM) String from,
      @QueryParam("to") @Parameter(description = "Started until: " + YEAR_TO) String to,
      @QueryParam("activeOn") @Parameter(deprecated = true, description = "No longer offered (answers 400): "
          + "placements running on a day, next to those started in a year, would tell how many ended in between")
          String activeOn,
      @QueryParam("top") @Parameter(description = "N for the top-N share (default 10)") Integer top) {
    return reports.iguPlacements(from, to, activeOn, top);
  }

  @GET
  @Path("igu-targets")
  @Operation(operationId = "getIguTargetsReport",
      summary = "The ministries' IGU placements against their targets, per ministry area",
      description = "Targets single no person out and are shown as they are; placements are persons' and are "
          + "protected." + SUPPRESSION + CROSS_BORDER)
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report iguTargets(
      @QueryParam("year") @Parameter(description = "The targets' year (default this year)") Integer year,
      @QueryParam("date") @Parameter(description = "Count placements running on this date (default 31 December)")
          String date) {
    return reports.iguTargets(year, date);
  }

  @GET
  @Path("employment-after-3-years")
  @Operation(operationId = "getEmploymentAfterThreeYearsReport",
      summary = "Share in work or education 3 years after arrival, per kommune and gender, against the 50 % "
      + "goal", description = "The Integrationsbarometer measure: of the persons taken over in the year that ended 3 "
          + "years before 'on' (a 31 December), those in a job (subsidised or not), an IGU or education on 'on', or registered "
          + "self-supporting by then." + SUPPRESSION + CROSS_BORDER)
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report employmentAfterThreeYears(
      @QueryParam("on") @Parameter(description = "The measuring day: 31 December of a year, yyyy-MM-dd "
          + "(default: the last one passed)") String on) {
    return reports.employmentAfterThreeYears(on);
  }

  @GET
  @Path("igu-pipeline")
  @Operation(operationId = "getIguPipelineReport",
      summary = "IGU placements per kommune: started, running, completed, ended early; bonus milestones due",
      description = "Placements started in one calendar year and their status now. Filters, one at a time and for "
          + "the whole country only: gender, countryOfOrigin, ageBand (18-24, 25-29, 30-39, 40-49)." + SUPPRESSION
          + " Bonus milestones due are one per person's placement and protected the same way.")
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report iguPipeline(
      @QueryParam("from") @Parameter(description = "Started from: " + YEAR_FROM) String from,
      @QueryParam("to") @Parameter(description = "Started until: " + YEAR_TO) String to,
      @QueryParam("gender") @Parameter(description = "MALE or FEMALE") String gender,
      @QueryParam("countryOfOrigin") @Parameter(description = "Country of origin as registered") String country,
      @QueryParam("ageBand") @Parameter(description = "18-24, 25-29, 30-39 or 40-49") String ageBand) {
    return reports.iguPipeline(from, to, gender, Parameters.text("countryOfOrigin", country), ageBand);
  }

  @GET
  @Path("handover-quality")
  @Operation(operationId = "getHandoverQualityReport",
      summary = "Handover quality per receiving kommune or per sender: completeness and lead time",
      description = "Handovers sent in the period (withdrawn ones left out), taken over or not, their average "
          + "completeness and the median days from visitation decision to takeover; an average or a median only "
          + "where at least 5 handovers lie behind it." + SUPPRESSION)
  @APIResponse(responseCode = "200", description = "The report (JSON, or CSV with Accept: text/csv)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report")),
          @Content(mediaType = ReportCsvWriter.TEXT_CSV)})
  public Report handoverQuality(
      @QueryParam("from") @Parameter(description = "Sent from: " + YEAR_FROM) String from,
      @QueryParam("to") @Parameter(description = "Sent until: " + YEAR_TO) String to,
      @QueryParam("by") @Parameter(description = "kommune (default) or sender") String by) {
    return reports.handoverQuality(from, to, by);
  }

  @POST
  @Path("snapshots")
  @RolesAllowed({Roles.MINISTRY_ANALYST, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "publishReportSnapshot",
      summary = "Publish a report as a snapshot, to compare with later runs")
  @APIResponse(responseCode = "201", description = "The snapshot (the report as published); Location names it",
      content = @Content(schema = @Schema(ref = "Report")))
  public Response publish(@NotNull(message = "a JSON body is required") @Valid SnapshotRequest request,
      @Context UriInfo uri) {
    Snapshot snapshot = snapshots.publish(request);
    return Response.created(uri.getAbsolutePathBuilder().path(snapshot.id().toString()).build())
        .entity(snapshot.body()).build();
  }

  @GET
  @Path("snapshots/{id}")
  @RolesAllowed({Roles.MINISTRY_ANALYST, Roles.ADMIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getReportSnapshot", summary = "A published snapshot, exactly as it was answered")
  @APIResponse(responseCode = "200", description = "The report as published",
      content = @Content(schema = @Schema(ref = "Report")))
  public String snapshot(@PathParam("id") UUID id) {
    return snapshots.get(id).body();
  }

  @GET
  @Path("snapshots/{id}/changes")
  @RolesAllowed({Roles.MINISTRY_ANALYST, Roles.ADMIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getReportSnapshotChanges",
      summary = "Re-run a snapshot's report with the same parameters and list every cell that changed")
  @APIResponse(responseCode = "200", description = "The changed cells",
      content = @Content(schema = @Schema(ref = "SnapshotChanges")))
  public SnapshotChanges changes(@PathParam("id") UUID id) {
    return snapshots.changes(id);
  }
}
