package dk.jobbro.api.employers.events;

import dk.jobbro.api.employers.Sector;
import java.util.UUID;

/**
 * A company was registered; fired inside the transaction (observe with {@code during = AFTER_SUCCESS}).
 *
 * @param employerId the company
 * @param cvr its CVR number
 * @param sector its sector
 * @param registeredByKommune the kommune that registered it
 */
public record EmployerRegistered(UUID employerId, String cvr, Sector sector, String registeredByKommune) {}
