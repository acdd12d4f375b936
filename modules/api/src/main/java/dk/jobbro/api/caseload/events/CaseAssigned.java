package dk.jobbro.api.caseload.events;

import java.util.UUID;

/**
 * A case was assigned to a caseworker, or put back in the kommune's unassigned queue; fired inside the transaction.
 * The case's open tasks follow it to the new owner.
 *
 * @param caseId the case
 * @param kommune the kommune holding it
 * @param assignedTo the caseworker's user id (token subject); null for the kommune's queue
 */
public record CaseAssigned(UUID caseId, String kommune, String assignedTo) {}
