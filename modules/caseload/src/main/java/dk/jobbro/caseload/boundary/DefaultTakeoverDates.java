package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.caseload.TakeoverDates;
import dk.jobbro.caseload.control.TakeoverRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** The takeover rule for other modules. */
@ApplicationScoped
public class DefaultTakeoverDates implements TakeoverDates {

  @Override
  public Optional<LocalDate> expected(ResidenceBasis basis, LocalDate visitationDecision, LocalDate cprRegistration) {
    try {
      return Optional.of(TakeoverRule.expected(basis, visitationDecision, cprRegistration));
    } catch (IllegalArgumentException inputNotKnownYet) {
      return Optional.empty();
    }
  }
}
