package dk.jobbro.app.events;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions of the caller's feed (the kommune's for a kommune IT system, the sender's for a handover
 * sender), and their deliveries: what failed for good can be seen and sent again.
 */
@Path("v1/subscriptions")
@RequestScoped
@RolesAllowed({Roles.KOMMUNE_INTEGRATION, Roles.HANDOVER_SENDER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "events")
@SecurityRequirement(name = "bearer")
public class SubscriptionsResource {

  @Inject
  Subscriptions subscriptions;

  @POST
  @Operation(operationId = "createSubscription", summary = "Have the caller's events POSTed to an address",
      description = "Each event that commits from now on is sent as one CloudEvent (application/cloudevents+json) "
          + "with the headers Jobbro-Signature (t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" under the "
          + "secret>) and Jobbro-Delivery (the delivery id). A 2xx answer delivers it; anything else is retried with "
          + "exponential backoff and, after the last attempt, left as DEAD_LETTER. Delivery is at least once. "
          + "The address must be https to a host whose every address is public; loopback, private, link-local and "
          + "reserved addresses, and plain http, are taken only for hosts the operator lists in "
          + "jobbro.events.webhook.allowed-hosts (400 naming url otherwise). The rule is checked again before each "
          + "delivery. The secret is stored encrypted and never returned.")
  @APIResponse(responseCode = "201", description = "The subscription (without its secret)",
      content = @Content(schema = @Schema(ref = "Subscription")))
  @Idempotent
  public Response create(@NotNull(message = "a JSON body is required") @Valid NewSubscription subscription,
      @Context UriInfo uri) {
    SubscriptionView created = subscriptions.create(subscription);
    return Response.status(Response.Status.CREATED).entity(created)
        .location(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).build();
  }

  @GET
  @Operation(operationId = "listSubscriptions", summary = "The caller's subscriptions, oldest first")
  @APIResponse(responseCode = "200", description = "One page of subscriptions")
  public Page<SubscriptionView> list(
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return subscriptions.list(PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getSubscription", summary = "One subscription")
  @APIResponse(responseCode = "200", description = "The subscription",
      content = @Content(schema = @Schema(ref = "Subscription")))
  public SubscriptionView get(@PathParam("id") UUID id) {
    return subscriptions.get(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteSubscription", summary = "Stop sending to the address",
      description = "Removes the subscription with its deliveries, pending ones included.")
  @APIResponse(responseCode = "200", description = "The removed subscription",
      content = @Content(schema = @Schema(ref = "Subscription")))
  public SubscriptionView delete(@PathParam("id") UUID id) {
    return subscriptions.delete(id);
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(operationId = "listSubscriptionDeliveries", summary = "The subscription's deliveries, oldest first")
  @APIResponse(responseCode = "200", description = "One page of deliveries")
  public Page<DeliveryView> deliveries(@PathParam("id") UUID id,
      @QueryParam("status") @Parameter(description = "Only PENDING, DELIVERED or DEAD_LETTER ones") String status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return subscriptions.deliveries(id, Parameters.oneOf("status", DeliveryStatus.class, status),
        PageRequest.of(page, size));
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redelivery")
  @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again, from its first attempt",
      description = "For a DEAD_LETTER delivery once the receiver works again, or a DELIVERED one the receiver "
          + "lost. It is PENDING again and goes out with the next round of deliveries.")
  @APIResponse(responseCode = "200", description = "The delivery, PENDING again",
      content = @Content(schema = @Schema(ref = "WebhookDelivery")))
  public DeliveryView redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    return subscriptions.redeliver(id, deliveryId);
  }
}
