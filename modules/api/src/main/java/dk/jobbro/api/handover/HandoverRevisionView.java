package dk.jobbro.api.handover;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One kept version of a handover's content.
 *
 * @param revision from 1
 * @param suppliedBy the sender and user that supplied it
 * @param suppliedAt when
 * @param content the content with the CPR number masked
 */
@Schema(name = "HandoverRevision")
public record HandoverRevisionView(int revision, @NotNull String suppliedBy, @NotNull Instant suppliedAt,
    @NotNull HandoverView content) {}
