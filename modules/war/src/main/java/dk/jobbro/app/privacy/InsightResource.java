package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.reference.KommuneView;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's insight (GDPR art. 15) for the kommune that holds the case: its caseworkers, who meet the person,
 * and its data protection officer, who answers the request. One address, two forms by content negotiation: JSON
 * ({@code Accept: application/json}, the default) for the kommune's systems, a printable Danish HTML document
 * ({@code Accept: text/html}, what a browser asks for) to hand to the person.
 */
@Path("v1/cases/{id}/insight")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.PRIVACY_OFFICER})
@Tag(name = "privacy")
@SecurityRequirement(name = "bearer")
public class InsightResource {

  static final String TEXT_HTML_UTF8 = MediaType.TEXT_HTML + "; charset=UTF-8";

  private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
      MediaType.TEXT_HTML_TYPE).build();

  @Inject
  InsightAssembly insights;

  @Inject
  KommuneRegistry kommuner;

  @GET
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  @Operation(operationId = "getCaseInsight", summary = "Everything Jobbro holds on the person (GDPR art. 15)",
      description = "The case, competences, offers, benefits, job-readiness assessments, Danish, moves, IGU "
          + "placements and bonus milestones, match requests, the handovers with every version and who supplied "
          + "each field, information requests, journal, tasks, and every logged access to the person (when, role, "
          + "kommune, action; not the employee). Every section is present, empty when Jobbro holds nothing of that "
          + "kind. Accept: text/html gives the same as a printable document in Danish. Another kommune's case is "
          + "404. The export is written to the access log.")
  @APIResponse(responseCode = "200", description = "The insight",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Insight")),
          @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
  public Response get(@PathParam("id") @Parameter(description = "The case id") UUID id, @Context Request request) {
    Variant variant = request.selectVariant(VARIANTS);
    Insight insight = insights.of(id);
    if (variant != null && MediaType.TEXT_HTML_TYPE.isCompatible(variant.getMediaType())) {
      String name = kommuner.find(KommuneKode.parse(insight.kommune())).map(KommuneView::navn)
          .map(n -> n + " Kommune").orElse("Kommunen");
      return Response.ok(InsightHtml.render(insight, name).getBytes(StandardCharsets.UTF_8))
          .type(TEXT_HTML_UTF8).build();
    }
    return Response.ok(insight).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
