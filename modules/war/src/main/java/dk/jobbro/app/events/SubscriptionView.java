package dk.jobbro.app.events;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook subscription, without its secret.
 *
 * @param id the subscription
 * @param url where the events go
 * @param eventTypes the types sent; empty means every type
 * @param createdAt when it was made
 */
@Schema(name = "Subscription")
public record SubscriptionView(@NotNull UUID id, @NotNull String url, @NotNull List<String> eventTypes,
    @NotNull Instant createdAt) {}
