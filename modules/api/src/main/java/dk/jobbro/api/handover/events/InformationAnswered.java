package dk.jobbro.api.handover.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sender answered the receiving kommune's information request with an amendment (the handover is now ANSWERED);
 * fired inside the transaction. Caseload opens a task for the kommune to read the answer and take over.
 *
 * @param handoverId the handover
 * @param sender who sent and amended it
 * @param kommune the receiving kommune
 * @param revision the amendment that answered
 * @param at when
 */
public record InformationAnswered(UUID handoverId, String sender, String kommune, int revision, Instant at) {}
