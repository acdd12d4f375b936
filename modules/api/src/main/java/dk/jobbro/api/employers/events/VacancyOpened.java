package dk.jobbro.api.employers.events;

import dk.jobbro.api.caseload.OfferType;
import java.util.UUID;

/**
 * A vacancy was opened; fired inside the transaction.
 *
 * @param vacancyId the vacancy
 * @param kommune the kommune whose consultant opened it
 * @param employerId the company
 * @param occupationCode ISCO-08 code
 * @param offerType what is offered
 * @param persons how many persons are needed
 * @param openToOtherKommuner whether candidates from other kommuner are welcome
 */
public record VacancyOpened(UUID vacancyId, String kommune, UUID employerId, String occupationCode,
    OfferType offerType, int persons, boolean openToOtherKommuner) {}
