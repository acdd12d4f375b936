package dk.jobbro.api.caseload.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person's integration kontrakt was signed (or its signing date corrected); fired inside the transaction. Closes
 * the kontrakt task.
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param signedDate when it was signed
 */
public record KontraktSigned(UUID caseId, String kommune, LocalDate signedDate) {}
