package dk.jobbro.api.caseload;

import java.time.LocalDate;
import java.util.Optional;

/** Caseload's takeover rule, for modules that need the expected takeover date before a case exists (handover). */
public interface TakeoverDates {

  /**
   * The date the kommune takes over: for refugees and special-law groups the first working day after the first
   * full calendar month after the visitation decision; for quota refugees and family-reunified the CPR
   * registration. Empty when the date the basis needs is not known yet.
   */
  Optional<LocalDate> expected(ResidenceBasis basis, LocalDate visitationDecision, LocalDate cprRegistration);
}
