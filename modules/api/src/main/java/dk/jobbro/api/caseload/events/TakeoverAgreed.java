package dk.jobbro.api.caseload.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An earlier takeover date was agreed, so every clock of the programme restarted from it (first offer, kontrakt,
 * programme end); fired inside the transaction. The case's open deadline tasks move with the clocks.
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param takeoverDate the new takeover date
 */
public record TakeoverAgreed(UUID caseId, String kommune, LocalDate takeoverDate) {}
