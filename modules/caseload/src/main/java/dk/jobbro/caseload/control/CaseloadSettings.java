package dk.jobbro.caseload.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The caseload's tunable rules, from MicroProfile Config. */
@ApplicationScoped
public class CaseloadSettings {

  /** A first-offer clock is DUE_SOON when at most this many days are left. */
  @Inject
  @ConfigProperty(name = "caseload.first-offer.due-soon-days", defaultValue = "3")
  int dueSoonDays;

  /** After the first offer, a gap without an active company-oriented offer longer than this is flagged. */
  @Inject
  @ConfigProperty(name = "caseload.continuous-effort.max-gap-weeks", defaultValue = "4")
  int maxGapWeeks;

  public int dueSoonDays() {
    return dueSoonDays;
  }

  public int maxGapWeeks() {
    return maxGapWeeks;
  }
}
