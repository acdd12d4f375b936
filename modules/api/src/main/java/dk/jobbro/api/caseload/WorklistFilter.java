package dk.jobbro.api.caseload;

/**
 * What the worklist shows.
 *
 * @param status only cases with this first-offer status, or null
 * @param assignedTo only cases assigned to this caseworker, or null
 * @param dueWithinDays only cases without a first offer whose legal latest date is at most this many days away
 *     (overdue ones included), or null
 */
public record WorklistFilter(FirstOfferStatus status, String assignedTo, Integer dueWithinDays) {}
