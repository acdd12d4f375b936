package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.IguEligibility;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the company consultant needs of a case to register an IGU placement, and no more: who it is and whether the
 * person may start on the date.
 *
 * @param caseId the case, for the placement request
 * @param name the person's name
 * @param cpr the CPR number, masked
 * @param eligibility the IGU rule on the start date, every condition
 */
@Schema(name = "IguCandidate")
public record IguCandidateView(@NotNull UUID caseId, @NotNull String name, @NotNull String cpr,
    @NotNull IguEligibility eligibility) {}
