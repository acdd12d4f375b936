package dk.jobbro.api.handover;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the receiving kommune's inbox or of the sender's list.
 *
 * @param id the handover id
 * @param sender who sent it
 * @param receivingKommune the receiving kommune
 * @param status where it stands
 * @param name the person's name
 * @param cpr masked, DDMMYY-xxxx, or null
 * @param expectedTakeoverDate computed with caseload's takeover rule
 * @param completenessScore 0 to 100
 * @param sentAt when it was first sent
 * @param possibleDuplicates in the receiving kommune's inbox: its other open or taken-over handovers of the same
 *     person, from other senders; null in a sender's list
 * @param household the other handovers of the person's household (family members handed over together, linked both
 *     ways whatever the order they were sent in); in a kommune's inbox only those addressed to the kommune
 * @param version the ETag
 */
@Schema(name = "HandoverSummary")
public record HandoverSummary(@NotNull UUID id, @NotNull String sender, @NotNull String receivingKommune,
    @NotNull HandoverStatus status, String name,
    String cpr, LocalDate expectedTakeoverDate, int completenessScore, @NotNull Instant sentAt,
    List<UUID> possibleDuplicates, @NotNull List<UUID> household, long version) {}
