package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.privacy.InsightSection;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything Jobbro holds on one person, for their request under GDPR art. 15: one section per kind of data, each
 * present even when empty, in a fixed order (the case first, the access log last).
 *
 * @param caseId the person's case
 * @param kommune the kommune that holds the case and answers the request (the data controller)
 * @param generatedAt when this answer was put together
 * @param sections the data, by kind: case, competences, offers, benefits, assessments, danish, moves, igu-placements,
 *     igu-bonus-milestones, match-requests, handovers, handover-versions, handover-provenance,
 *     handover-information-requests, journal, tasks, access-log
 */
@Schema(name = "Insight")
public record Insight(@NotNull UUID caseId, @NotNull String kommune, @NotNull Instant generatedAt,
    @NotNull List<InsightSection> sections) {}
