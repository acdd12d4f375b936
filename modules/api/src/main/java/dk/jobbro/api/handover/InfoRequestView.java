package dk.jobbro.api.handover;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for information as recorded.
 *
 * @param fields the fields asked for
 * @param message the kommune's message
 * @param requestedAt when
 * @param answeredByRevision the version of the handover that answered it, if any
 */
@Schema(name = "InfoRequestView")
public record InfoRequestView(@NotNull List<String> fields, String message, @NotNull Instant requestedAt,
    Integer answeredByRevision) {}
