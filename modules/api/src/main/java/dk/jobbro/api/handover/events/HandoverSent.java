package dk.jobbro.api.handover.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A handover was sent (created or amended); fired inside the transaction, observe with AFTER_SUCCESS. No personal
 * data: reporting counts completeness per sender and per kommune.
 *
 * @param handoverId the handover
 * @param sender who sent it
 * @param kommune the receiving kommune
 * @param revision 1 on creation, higher after amendments
 * @param visitationDecisionDate start of the lead time to takeover
 * @param completenessScore 0 to 100
 * @param at when
 */
public record HandoverSent(UUID handoverId, String sender, String kommune, int revision,
    LocalDate visitationDecisionDate, int completenessScore, Instant at) {}
