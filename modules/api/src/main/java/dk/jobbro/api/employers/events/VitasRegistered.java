package dk.jobbro.api.employers.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An IGU placement's agreement and education plan were registered in VITAS; fired inside the transaction. Closes the
 * placement's VITAS task.
 *
 * @param placementId the placement
 * @param caseId the person's case
 * @param kommune the person's kommune
 * @param registeredDate when it was registered
 */
public record VitasRegistered(UUID placementId, UUID caseId, String kommune, LocalDate registeredDate) {}
