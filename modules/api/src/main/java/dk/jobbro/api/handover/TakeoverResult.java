package dk.jobbro.api.handover;

import dk.jobbro.api.caseload.CaseView;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a takeover: the case opened in caseload and its first clocks.
 *
 * @param handoverId the handover taken over
 * @param caseId the case in the kommune's caseload
 * @param takeoverDate when responsibility passed to the kommune
 * @param firstOffer the first company-oriented offer deadlines (target and legal latest)
 * @param contract the contract deadline
 * @param dependant true when the person is a child (under 18 on the takeover date): registered as a dependant on
 *     {@code caseId}, the case of an adult household member, with no programme of its own
 */
@Schema(name = "TakeoverResult")
public record TakeoverResult(@NotNull UUID handoverId, @NotNull UUID caseId, @NotNull LocalDate takeoverDate,
    @NotNull CaseView.FirstOffer firstOffer,
    @NotNull CaseView.Contract contract, boolean dependant) {}
