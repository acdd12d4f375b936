package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.caseload.entity.JournalEntry;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A journal note on a case. Notes are never changed: to correct one, write a new note naming it in
 * {@code corrects}.
 *
 * @param category MEETING, PHONE, LETTER, DECISION or OTHER
 * @param text what happened or was decided; several lines allowed
 * @param corrects the id of an earlier note of this case that this note corrects
 */
@Schema(name = "NewJournalNote")
public record NewJournalNote(@NotNull(message = "is required") JournalEntry.Category category,
    @Text(max = 10_000, multiline = true) String text, UUID corrects) {}
