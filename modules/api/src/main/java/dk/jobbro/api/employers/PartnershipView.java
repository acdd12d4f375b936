package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partnership agreement between a kommune and a company.
 *
 * @param id the agreement id
 * @param kommune the kommune
 * @param employerId the company
 * @param employerCvr its CVR number
 * @param employerName its name
 * @param signedDate when signed
 * @param commitments places per year and occupations
 * @param status ACTIVE or ENDED
 * @param endDate the last day, when ended
 * @param endReason why it ended
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "Partnership")
public record PartnershipView(@NotNull UUID id, @NotNull String kommune, @NotNull UUID employerId,
    @NotNull String employerCvr, @NotNull String employerName,
    @NotNull LocalDate signedDate, Commitments commitments, @NotNull PartnershipStatus status, LocalDate endDate,
    String endReason,
    long version) {}
