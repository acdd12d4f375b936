package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer on a case.
 *
 * @param id the offer id
 * @param caseId the case
 * @param kommune the kommune that gave the offer
 * @param type the offer type
 * @param companyOriented whether it counts as company-oriented
 * @param startDate first day
 * @param endDate last day, if known
 * @param status PLANNED before the start date, ACTIVE from it, ENDED after the last day, or CANCELLED
 * @param hoursPerWeek planned hours per week
 * @param employerCvr the employer's CVR, where there is an employer
 * @param endedEarly for an IGU: it stopped before its 24 months (it does not use up the person's one IGU)
 * @param cancelledOn when it was cancelled (before its start), if it was
 * @param cancellationReason why it was cancelled
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "Offer")
public record OfferView(@NotNull UUID id, @NotNull UUID caseId, @NotNull String kommune, @NotNull OfferType type,
    boolean companyOriented,
    @NotNull LocalDate startDate, LocalDate endDate, @NotNull OfferStatus status, Double hoursPerWeek,
    String employerCvr, boolean endedEarly, LocalDate cancelledOn, String cancellationReason, long version) {}
