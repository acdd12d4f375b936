package dk.jobbro.api.handover.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sender withdrew a handover before takeover; fired inside the transaction, observe with AFTER_SUCCESS.
 *
 * @param handoverId the handover
 * @param sender who withdrew it
 * @param kommune the receiving kommune
 * @param at when
 */
public record HandoverWithdrawn(UUID handoverId, String sender, String kommune, Instant at) {}
