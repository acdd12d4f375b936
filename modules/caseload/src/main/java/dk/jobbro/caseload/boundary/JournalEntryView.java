package dk.jobbro.caseload.boundary;

import dk.jobbro.caseload.entity.JournalEntry;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a case's journal: a note a caseworker wrote, or a change to the case that Jobbro recorded.
 *
 * @param id the entry
 * @param caseId the case
 * @param kind NOTE or CHANGE
 * @param category a note's category: MEETING, PHONE, LETTER, DECISION or OTHER
 * @param event a change's event type (OfferStarted, KontraktSigned, CaseAssigned, ...)
 * @param text the note, or what changed
 * @param corrects the earlier note this note corrects
 * @param author who wrote the note or made the change (a user id; {@code jobbro} for scheduled work)
 * @param at when
 */
@Schema(name = "JournalEntry")
public record JournalEntryView(@NotNull UUID id, @NotNull UUID caseId, @NotNull JournalEntry.Kind kind,
    JournalEntry.Category category, String event, @NotNull String text, UUID corrects, @NotNull String author,
    @NotNull Instant at) {

  static JournalEntryView of(JournalEntry e) {
    return new JournalEntryView(e.id(), e.caseId(), e.kind(), e.category(), e.event(), e.text(), e.corrects(),
        e.author(), e.at());
  }
}
