package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import dk.jobbro.employers.control.BonusMilestones;
import dk.jobbro.employers.control.EmployerRepository;
import dk.jobbro.employers.entity.IguPlacement;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Reaches the IGU bonus milestones that fell due, every night, so BonusMilestoneReached fires on the due day and not
 * only when someone next reads the placement. Runs for all kommuner (no caller): it changes statuses and fires events,
 * it shows nobody anything.
 */
@Singleton
public class BonusMilestoneClock {

  private static final Logger LOG = Logger.getLogger(BonusMilestoneClock.class.getName());

  @Inject
  EmployerRepository repository;

  @Inject
  BonusMilestones milestones;

  @Inject
  Clock clock;

  @Schedule(hour = "1", minute = "5", persistent = false)
  @OncePerSchedule("bonus-milestone-clock")
  void nightly() {
    int reached = reachAllDue(LocalDate.now(clock));
    if (reached > 0) {
      LOG.info(() -> "Reached " + reached + " IGU bonus milestones");
    }
  }

  /** Reaches every milestone due by {@code today}, in one transaction; answers how many. */
  public int reachAllDue(LocalDate today) {
    int reached = 0;
    for (IguPlacement p : repository.placementsWithMilestonesDue(today)) {
      reached += milestones.reach(p, repository.employer(p.employerId()).orElseThrow(), today);
    }
    return reached;
  }
}
