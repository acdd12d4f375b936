package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.employers.MatchRequestView;
import dk.jobbro.api.employers.VacancyCandidates;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * A vacancy's ranked candidates for its own kommune's consultant — the own kommune's people in full, other
 * kommuners' within the commute pseudonymised — and match requests to learn who such a candidate is.
 */
@Path("v1/vacancies/{id}/candidates")
@RequestScoped
@RolesAllowed(Roles.EMPLOYER_CONSULTANT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
@SecurityRequirement(name = "bearer")
public class VacancyCandidatesResource {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  @Inject
  DefaultMatching matching;

  @GET
  @Operation(operationId = "listVacancyCandidates",
      summary = "Ranked candidates for the own kommune's vacancy, scored in the database with explanations",
      description = "ownKommune in full (case id, name); otherKommuner only when the vacancy is open to other "
          + "kommuner, within its maximum commute, as pseudonymised profiles with a matchRef.")
  @APIResponse(responseCode = "200", description = "The candidates",
      content = @Content(schema = @Schema(ref = "VacancyCandidates")))
  public VacancyCandidates candidates(@PathParam("id") UUID id,
      @QueryParam("limit") @Parameter(description = "Candidates per list, 1 to 100 (default 20)") String limit) {
    return matching.candidates(id, Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
  }

  @POST
  @Path("{ref}/requests")
  @Operation(operationId = "requestCandidateMatch",
      summary = "Ask the kommune holding a pseudonymised candidate to put you in touch",
      description = "The holding kommune's caseworker sees the vacancy, the company, your message and contact, and "
          + "gets a MATCH_REQUEST_WAITING task until it accepts or declines (or you withdraw).")
  @APIResponse(responseCode = "201", description = "The match request",
      content = @Content(schema = @Schema(ref = "MatchRequest")))
  @APIResponse(responseCode = "409",
      description = "A request is open, accepted or placed already, or the vacancy is not open")
  @Idempotent
  public Response request(@PathParam("id") UUID id,
      @PathParam("ref") @Parameter(description = "the candidate's matchRef") String ref,
      @NotNull(message = "a JSON body is required") @Valid NewMatchRequest note, @Context UriInfo uri) {
    MatchRequestView created = matching.request(id, ref, note);
    return Response.ok(created).tag(Versions.etag(created.version())).status(Response.Status.CREATED)
        .location(uri.getBaseUriBuilder().path("v1/match-requests").path(created.id().toString()).build()).build();
  }
}
