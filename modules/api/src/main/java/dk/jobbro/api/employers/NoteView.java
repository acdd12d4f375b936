package dk.jobbro.api.employers;

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
public record NoteView(UUID id, UUID employerId, String kommune, String text, String writtenBy, Instant writtenAt) {}
