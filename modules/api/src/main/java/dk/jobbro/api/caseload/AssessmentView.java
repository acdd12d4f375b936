package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One job-readiness assessment in the history.
 *
 * @param id the assessment id
 * @param assessedOn the date
 * @param category the category
 * @param reason why
 * @param assessedBy who recorded it
 * @param recordedAt when
 */
@Schema(name = "JobReadinessAssessmentView")
public record AssessmentView(@NotNull UUID id, @NotNull LocalDate assessedOn, @NotNull JobReadiness category,
    String reason, @NotNull String assessedBy,
    @NotNull Instant recordedAt) {}
