package dk.jobbro.api.handover.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The receiving kommune asked the sender for more information; fired inside the transaction, observe with
 * AFTER_SUCCESS.
 *
 * @param handoverId the handover
 * @param sender who is asked
 * @param kommune the asking kommune
 * @param fields the fields asked for
 * @param at when
 */
public record InformationRequested(UUID handoverId, String sender, String kommune, List<String> fields, Instant at) {}
