package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A kommune's note on a company; only that kommune sees it.
 *
 * @param id the note id
 * @param employerId the company
 * @param kommune the kommune that wrote it
 * @param text the note
 * @param writtenBy the consultant (token subject)
 * @param writtenAt when
 */
@Schema(name = "EmployerNote")
public record NoteView(@NotNull UUID id, @NotNull UUID employerId, @NotNull String kommune, @NotNull String text,
    @NotNull String writtenBy, @NotNull Instant writtenAt) {}
