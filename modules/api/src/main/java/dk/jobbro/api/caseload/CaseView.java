package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as the owning kommune sees it.
 *
 * @param id the case id (random, not guessable)
 * @param kommune the kommunekode of the kommune that holds the case
 * @param cpr masked (DDMMYY-xxxx) unless the full number was asked for
 * @param cprMasked whether {@code cpr} is masked
 * @param name the person's name
 * @param gender derived from the CPR number
 * @param birthDate derived from the CPR number
 * @param residenceBasis the legal basis of residence
 * @param takeoverDate when the kommune took over responsibility
 * @param firstOffer the first-offer deadlines computed from the takeover date
 * @param registeredAt when the case was registered
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "CaseView", description = "A case as the owning kommune sees it")
public record CaseView(
    UUID id,
    String kommune,
    String cpr,
    boolean cprMasked,
    String name,
    Gender gender,
    LocalDate birthDate,
    ResidenceBasis residenceBasis,
    LocalDate takeoverDate,
    FirstOfferDeadline firstOffer,
    Instant registeredAt,
    long version) {}
