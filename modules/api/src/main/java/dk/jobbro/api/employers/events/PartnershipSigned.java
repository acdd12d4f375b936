package dk.jobbro.api.employers.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A kommune signed a partnership agreement with a company; fired inside the transaction.
 *
 * @param partnershipId the agreement
 * @param kommune the kommune
 * @param employerId the company
 * @param signedDate when signed
 * @param iguPlacesPerYear IGU places committed per year
 */
public record PartnershipSigned(UUID partnershipId, String kommune, UUID employerId, LocalDate signedDate,
    int iguPlacesPerYear) {}
