package dk.jobbro.api.handover;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who supplied the current value of one field, and when: the kommune can tell the original handover from later
 * amendments.
 *
 * @param field the field, e.g. "person.name" or "education"
 * @param revision the version of the handover since which the field holds its current value
 * @param suppliedBy the sender and user that supplied it
 * @param suppliedAt when
 */
@Schema(name = "FieldProvenance")
public record FieldProvenance(@NotNull String field, int revision, @NotNull String suppliedBy,
    @NotNull Instant suppliedAt) {}
