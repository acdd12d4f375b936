package dk.jobbro.app.events;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Events after a cursor, oldest first.
 *
 * @param events the events, at most {@code limit}; empty when nothing new is there (yet)
 * @param next the cursor to pass as {@code after} for the events that follow these; the same as {@code after} when
 *     there were none, so a client can always store it and resume from it after a restart
 */
@Schema(name = "EventPage")
public record EventPage(@NotNull List<CloudEvent> events, @NotNull String next) {}
