package dk.jobbro.app.events;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event's delivery to one subscription.
 *
 * @param id the delivery (also sent as the Jobbro-Delivery header)
 * @param subscriptionId the subscription
 * @param eventId the CloudEvent id
 * @param eventType the CloudEvent type
 * @param status PENDING, DELIVERED or DEAD_LETTER
 * @param attempts how many attempts were made
 * @param nextAttemptAt when the next attempt is due, while PENDING
 * @param lastAttemptAt when the last attempt was made
 * @param lastStatus the HTTP status of the last attempt, when the receiver answered
 * @param lastError why the last attempt failed, when it did (no body of the receiver's)
 * @param deliveredAt when the receiver accepted it
 */
@Schema(name = "WebhookDelivery")
public record DeliveryView(@NotNull UUID id, @NotNull UUID subscriptionId, @NotNull String eventId,
    @NotNull String eventType, @NotNull DeliveryStatus status, int attempts, Instant nextAttemptAt,
    Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt) {}
