package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the worklist.
 *
 * @param caseId the case
 * @param name the person's name
 * @param cpr the masked CPR number
 * @param takeoverDate when the kommune took over
 * @param firstOfferStatus OPEN, DUE_SOON (the 14-day target is near), TARGET_MISSED (past the target, within the
 *     legal month), OVERDUE (past the legal month), MET_ON_TIME or MET_LATE
 * @param firstOfferLatestDate the legal latest date
 * @param daysLeft days until the latest date while no offer is given (negative when overdue)
 * @param contractOverdue the kontrakt is not signed and due
 * @param continuousEffortGap no active company-oriented offer for longer than allowed
 * @param jobReadiness the current category
 * @param assignedTo the assigned caseworker
 */
@Schema(name = "WorklistItem")
public record WorklistItem(@NotNull UUID caseId, @NotNull String name, @NotNull String cpr,
    @NotNull LocalDate takeoverDate,
    @NotNull FirstOfferStatus firstOfferStatus, @NotNull LocalDate firstOfferLatestDate, Long daysLeft,
    boolean contractOverdue,
    boolean continuousEffortGap, @NotNull JobReadiness jobReadiness, String assignedTo) {}
