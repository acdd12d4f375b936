package dk.jobbro.caseload.boundary;

import dk.jobbro.caseload.entity.TaskStatus;
import dk.jobbro.caseload.entity.TaskType;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A deadline to act on. It names what it is about by id only (a case, handover, IGU placement or match request):
 * read that for the person.
 *
 * @param id the task
 * @param type which deadline: FIRST_OFFER_TARGET (takeover + 14 days), FIRST_OFFER_LATEST (takeover + 1 month),
 *     KONTRAKT (takeover + 1 month), CONTINUOUS_EFFORT (the next company-oriented offer, due the configured gap
 *     after the last one's end), PROGRAMME_END (the programme's planned end), VITAS_REGISTRATION (1 month after
 *     an IGU's signing), BONUS_CLAIM (an IGU bonus milestone fell due), INFORMATION_ANSWERED (the sender answered an
 *     information request), MATCH_REQUEST_WAITING (another kommune asks about one of the kommune's
 *     people, or proposes a placement for one: accept/decline, confirm/decline)
 * @param status OPEN, SNOOZED (until snoozedUntil; open again from that day), DONE or CANCELLED
 * @param dueDate when the deadline falls
 * @param overdue open and past its due date
 * @param owner the caseworker whose task it is; absent when it waits in the kommune's unassigned queue
 * @param caseId the case it is about, if any
 * @param handoverId the handover it is about (or the case came from), if any
 * @param placementId the IGU placement it is about, if any
 * @param matchRequestId the match request it is about, if any
 * @param snoozedUntil while snoozed: the day it is open again
 * @param snoozeReason while snoozed: why
 * @param openedAt when the task was opened
 * @param closedAt when it was done or cancelled
 * @param closedBy who marked it done, or whose change met or cancelled it ({@code jobbro} for scheduled work)
 * @param version the task's version; its ETag
 */
@Schema(name = "Task")
public record TaskView(@NotNull UUID id, @NotNull TaskType type, @NotNull TaskStatus status,
    @NotNull LocalDate dueDate, boolean overdue, String owner, UUID caseId, UUID handoverId, UUID placementId,
    UUID matchRequestId, LocalDate snoozedUntil, String snoozeReason, @NotNull Instant openedAt, Instant closedAt,
    String closedBy, long version) {}
