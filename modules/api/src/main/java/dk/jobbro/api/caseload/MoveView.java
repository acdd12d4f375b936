package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to move a case to another kommune: offered by the holding kommune or claimed by the receiving one, and
 * decided by the other.
 *
 * @param id the move id
 * @param caseId the case
 * @param fromKommune the sending kommune
 * @param toKommune the receiving kommune
 * @param requestedByKommune the kommune that asked: fromKommune when it offers the case, toKommune when it claims it
 * @param decidingKommune the kommune that accepts or declines: the other one
 * @param status REQUESTED, ACCEPTED or DECLINED
 * @param personName the person's name (the deciding kommune needs it to decide)
 * @param requestedAt when it was requested
 * @param decidedAt when it was accepted or declined
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "CaseMove")
public record MoveView(@NotNull UUID id, @NotNull UUID caseId, @NotNull String fromKommune, @NotNull String toKommune,
    @NotNull String requestedByKommune,
    String decidingKommune, @NotNull String status, String personName,
    @NotNull Instant requestedAt, Instant decidedAt, long version) {}
