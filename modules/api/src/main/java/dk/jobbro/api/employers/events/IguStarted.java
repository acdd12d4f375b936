package dk.jobbro.api.employers.events;

import dk.jobbro.api.employers.Sector;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An IGU placement was registered; fired inside the transaction.
 *
 * @param placementId the placement
 * @param caseId the person's case
 * @param kommune the person's kommune
 * @param employerId the company
 * @param sector the company's sector
 * @param ministryArea the ministry area for STATE employers
 * @param startDate first day
 * @param plannedEndDate start + 24 months
 * @param vitasDueDate when the agreement must be registered in VITAS (1 month after signing)
 * @param vitasRegisteredDate when it was registered, if it was by the start; else null
 */
public record IguStarted(UUID placementId, UUID caseId, String kommune, UUID employerId, Sector sector,
    String ministryArea, LocalDate startDate, LocalDate plannedEndDate, LocalDate vitasDueDate,
    LocalDate vitasRegisteredDate) {}
