package dk.jobbro.api.handover.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The receiving kommune read (acknowledged) a handover; fired inside the transaction, observe with AFTER_SUCCESS.
 *
 * @param handoverId the handover
 * @param sender who sent it
 * @param kommune the receiving kommune
 * @param at when
 */
public record HandoverReceived(UUID handoverId, String sender, String kommune, Instant at) {}
