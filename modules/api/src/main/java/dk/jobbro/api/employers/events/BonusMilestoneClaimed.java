package dk.jobbro.api.employers.events;

import dk.jobbro.api.employers.BonusMilestoneKind;
import dk.jobbro.api.employers.BonusStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reached IGU bonus milestone was marked claimed (at SIRI) or paid; fired inside the transaction. Closes the
 * milestone's claim task.
 *
 * @param placementId the placement
 * @param kommune the person's kommune
 * @param kind SIX_MONTHS or COMPLETION
 * @param status CLAIMED or PAID
 * @param date when
 */
public record BonusMilestoneClaimed(UUID placementId, String kommune, BonusMilestoneKind kind, BonusStatus status,
    LocalDate date) {}
