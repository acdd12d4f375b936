package dk.jobbro.app.reference;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.reference.KommuneView;
import dk.jobbro.api.shared.reference.ReferenceData;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 98 kommuner with their regions, for every authenticated role. */
@ReferenceData
@Path("v1/kommuner")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.EMPLOYER_CONSULTANT, Roles.HANDOVER_SENDER, Roles.MINISTRY_ANALYST,
    Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
@SecurityRequirement(name = "bearer")
public class KommunerResource {

  @Inject
  KommuneRegistry kommuner;

  @GET
  @Operation(operationId = "listKommuner",
      summary = "List the 98 kommuner, ordered by kommunekode, or find one by name",
      description = "With 'navn', the list holds the kommune that name means, or nothing: the official name in any "
          + "case, with or without 'Kommune', in old or new spelling (Høje-Tåstrup, Århus), or a known alias "
          + "(Vesthimmerland). Importers use it to key published tables on kommunekode.")
  @APIResponse(responseCode = "200", description = "All kommuner with their regions, or the one named")
  public List<KommuneView> all(@QueryParam("navn") String navn) {
    if (navn == null) {
      return kommuner.all();
    }
    return kommuner.findByName(Parameters.text("navn", navn)).map(List::of).orElse(List.of());
  }

  @GET
  @Path("{kode}")
  @Operation(operationId = "getKommune",
      summary = "One kommune by its 3-digit kommunekode (the 4-digit form 0101 is accepted too)")
  @APIResponse(responseCode = "200", description = "The kommune",
      content = @Content(schema = @Schema(ref = "Kommune")))
  public KommuneView one(@PathParam("kode") String kode) {
    if (!KommuneKode.isWellFormed(kode)) {
      throw ProblemException.invalidField("kode", "must be a kommunekode of 3 digits");
    }
    return kommuner.find(KommuneKode.parse(kode)).orElseThrow(() -> ProblemException.notFound("The kommune"));
  }
}
