package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.NewOffer;
import dk.jobbro.api.caseload.OfferEnd;
import dk.jobbro.api.caseload.OfferService;
import dk.jobbro.api.caseload.OfferView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offers on a case: virksomhedspraktik, løntilskud, IGU, ... */
@Path("v1/cases/{caseId}/offers")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class CaseOffersResource {

  @Inject
  OfferService offers;

  @Inject
  DefaultOfferService cancellations;

  @POST
  @Operation(operationId = "addOffer", summary = "Give the person an offer",
      description = "The employer's CVR (8 digits, modulus 11) is required for virksomhedspraktik and løntilskud "
          + "and must name a company in the employer register. The first company-oriented offer (virksomhedspraktik, "
          + "løntilskud, IGU or ordinary job) meets the first-offer deadline from its start date: an offer starting "
          + "later is PLANNED until then and can be cancelled. An IGU offer is not added here: it arises from the IGU "
          + "placement (startIguPlacement), which checks the person's eligibility.")
  @APIResponse(responseCode = "201", description = "The offer", content = @Content(schema = @Schema(ref = "Offer")))
  @APIResponse(responseCode = "409", description = "The case is closed")
  @Idempotent
  public Response add(@PathParam("caseId") UUID caseId,
      @NotNull(message = "a JSON body is required") @Valid NewOffer offer, @Context UriInfo uri) {
    OfferView created = offers.add(caseId, offer);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(Versions.etag(created.version())).entity(created).build();
  }

  @GET
  @Operation(operationId = "listOffers", summary = "The case's offers, oldest first")
  @APIResponse(responseCode = "200", description = "The offers")
  public List<OfferView> list(@PathParam("caseId") UUID caseId) {
    return offers.list(caseId);
  }

  @GET
  @Path("{offerId}")
  @Operation(operationId = "getOffer", summary = "One offer; ETag carries its version")
  @APIResponse(responseCode = "200", description = "The offer", content = @Content(schema = @Schema(ref = "Offer")))
  public Response get(@PathParam("caseId") UUID caseId, @PathParam("offerId") UUID offerId) {
    OfferView offer = offers.get(caseId, offerId);
    return Response.ok(offer).tag(Versions.etag(offer.version())).build();
  }

  @PUT
  @Path("{offerId}/end")
  @Operation(operationId = "endOffer", summary = "Set the offer's last day")
  @APIResponse(responseCode = "200", description = "The offer", content = @Content(schema = @Schema(ref = "Offer")))
  public Response end(@PathParam("caseId") UUID caseId, @PathParam("offerId") UUID offerId,
      @HeaderParam("If-Match") String ifMatch, @NotNull(message = "a JSON body is required") @Valid OfferEnd end) {
    OfferView offer = offers.end(caseId, offerId, Versions.ifMatch(ifMatch), end);
    return Response.ok(offer).tag(Versions.etag(offer.version())).build();
  }

  @POST
  @Path("{offerId}/cancellation")
  @Operation(operationId = "cancelOffer", summary = "Call off a planned offer before it starts, with the reason",
      description = "Only a PLANNED offer (its start date not yet come) can be cancelled; one that has started is "
          + "ended instead. A cancelled offer counts for nothing: when it was the first company-oriented offer, the "
          + "first-offer clock reopens. An IGU offer is ended through its placement.")
  @APIResponse(responseCode = "200", description = "The cancelled offer",
      content = @Content(schema = @Schema(ref = "Offer")))
  @APIResponse(responseCode = "409", description = "The offer has started, is cancelled already, or is an IGU offer")
  public Response cancel(@PathParam("caseId") UUID caseId, @PathParam("offerId") UUID offerId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid OfferCancellation cancellation) {
    OfferView offer = cancellations.cancel(caseId, offerId, Versions.ifMatch(ifMatch), cancellation);
    return Response.ok(offer).tag(Versions.etag(offer.version())).build();
  }
}
