package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One bonus payment the company can claim from SIRI.
 *
 * @param kind SIX_MONTHS or COMPLETION
 * @param amountKr the amount in kroner
 * @param dueDate when it becomes claimable
 * @param status PENDING, DUE, CLAIMED, PAID or FORFEITED
 * @param claimedDate when claimed
 * @param paidDate when paid
 */
@Schema(name = "BonusMilestone")
public record BonusMilestoneView(@NotNull BonusMilestoneKind kind, int amountKr, @NotNull LocalDate dueDate,
    @NotNull BonusStatus status,
    LocalDate claimedDate, LocalDate paidDate) {}
