package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The IGU eligibility rule of caseload, shared with the employers module so an IGU placement is checked by the same
 * rule as the caseworker sees.
 */
public interface IguEligibilityCheck {

  /** Checks a case of the caller's kommune on a start date. */
  IguEligibility check(@NotNull UUID caseId, @NotNull LocalDate startDate);
}
