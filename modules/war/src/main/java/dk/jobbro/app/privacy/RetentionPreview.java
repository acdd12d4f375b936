package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.privacy.ErasureItem;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the retention jobs would delete or anonymise if they ran now (a dry run: nothing changes).
 *
 * @param accessLogPeriod how long access-log rows are kept (ISO-8601 duration, jobbro.retention.access-log)
 * @param closedCasePeriod how long a closed case keeps its personal data (jobbro.retention.closed-case)
 * @param endedHandoverPeriod how long a taken-over or withdrawn handover keeps it (jobbro.retention.ended-handover)
 * @param accessLogRowsBefore access-log rows before this instant are due
 * @param accessLogRowsDue how many access-log rows are due (in every kommune: the log is one chain)
 * @param casesClosedOnOrBefore a closed case whose programme ended on or before this day is due
 * @param handoversEndedBefore a handover taken over or withdrawn before this instant is due
 * @param items the cases, handovers, match requests and IGU notes that would be erased (a privacy officer sees
 *     their own kommune's)
 */
@Schema(name = "RetentionPreview")
public record RetentionPreview(@NotNull String accessLogPeriod, @NotNull String closedCasePeriod,
    @NotNull String endedHandoverPeriod, @NotNull Instant accessLogRowsBefore, long accessLogRowsDue,
    @NotNull LocalDate casesClosedOnOrBefore, @NotNull Instant handoversEndedBefore,
    @NotNull List<ErasureItem> items) {}
