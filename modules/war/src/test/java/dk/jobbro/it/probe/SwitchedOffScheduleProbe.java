package dk.jobbro.it.probe;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scheduled job for ScheduledJobsIT that the test domain switches off ({@code jobbro.jobs.<JOB>.enabled=false},
 * ItEnvironment), as it does the nightly retention jobs: its timers fire, and it counts how often its work ran anyway.
 */
@Singleton
public class SwitchedOffScheduleProbe {

  public static final String JOB = "it-schedule-probe-switched-off";

  @Resource
  TimerService timers;

  private final AtomicInteger ran = new AtomicInteger();

  /** Fires the job once, 100 ms from now. */
  public void fire() {
    timers.createSingleActionTimer(100, new TimerConfig(null, false));
  }

  public int ran() {
    return ran.get();
  }

  public void reset() {
    ran.set(0);
  }

  @Timeout
  @OncePerSchedule(JOB)
  void run() {
    ran.incrementAndGet();
  }
}
