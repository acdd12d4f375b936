package dk.jobbro.app.events;

import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook: where to POST the caller's events, which ones, and the secret that signs them.
 *
 * @param url an https address whose host resolves only to public addresses (not loopback, private, link-local or
 *     reserved), without user name, password or fragment, at most 2,000 characters; plain http and internal
 *     addresses only to a host the operator allows ({@code jobbro.events.webhook.allowed-hosts}). Else 400 naming
 *     {@code url}
 * @param eventTypes the event types to send (see the README); empty or absent means every type
 * @param secret 32 to 200 characters the receiver shares: each delivery carries
 *     {@code Jobbro-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under it>}; never returned
 */
@Schema(name = "NewSubscription")
public record NewSubscription(
    @Text(max = 2000) String url,
    List<@NotNull(message = "must not be null") @Text(max = 100) String> eventTypes,
    @Text(max = 200) String secret) {}
