package dk.jobbro.api.employers.events;

import dk.jobbro.api.employers.BonusMilestoneKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A private employer's bonus milestone became claimable; fired inside the transaction that first noticed it
 * (a read or change of the placement on or after the due date, or the completion).
 *
 * @param placementId the placement
 * @param kommune the person's kommune
 * @param employerId the company
 * @param kind SIX_MONTHS or COMPLETION
 * @param amountKr the amount
 * @param dueDate when it became due
 */
public record BonusMilestoneReached(UUID placementId, String kommune, UUID employerId, BonusMilestoneKind kind,
    int amountKr, LocalDate dueDate) {}
