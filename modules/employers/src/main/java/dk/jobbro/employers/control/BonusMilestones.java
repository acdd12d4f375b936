package dk.jobbro.employers.control;

import dk.jobbro.api.employers.events.BonusMilestoneReached;
import dk.jobbro.employers.entity.BonusMilestone;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.IguPlacement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Reaching a private employer's IGU bonus milestones (20,000 kr at 6 months, 20,000 kr on completion): a milestone
 * whose due date has come turns DUE and {@link BonusMilestoneReached} is fired, once. Both the daily
 * {@code BonusMilestoneClock} and every read of a placement go through here.
 */
@ApplicationScoped
public class BonusMilestones {

  @Inject
  Event<BonusMilestoneReached> reached;

  /** Reaches the placement's milestones due by {@code today}; answers how many were reached now. */
  public int reach(IguPlacement placement, Employer employer, LocalDate today) {
    int count = 0;
    for (BonusMilestone m : placement.reachDueMilestones(today)) {
      reached.fire(new BonusMilestoneReached(placement.id(), placement.kommuneKode(), employer.id(), m.kind(),
          m.amountKr(), m.dueDate()));
      count++;
    }
    return count;
  }
}
