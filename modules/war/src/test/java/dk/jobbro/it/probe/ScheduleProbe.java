package dk.jobbro.it.probe;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scheduled job for ScheduledJobsIT: its timers stand for the same schedule firing on several instances at once,
 * and it counts how often its work really ran.
 */
@Singleton
public class ScheduleProbe {

  public static final String JOB = "it-schedule-probe";

  @Resource
  TimerService timers;

  private final AtomicInteger ran = new AtomicInteger();
  private final AtomicInteger failuresToCome = new AtomicInteger();

  /** Fires the job {@code instances} times, 100 ms from now, as that many instances' timers would. */
  public void fireOnInstances(int instances) {
    for (int i = 0; i < instances; i++) {
      timers.createSingleActionTimer(100, new TimerConfig(null, false));
    }
  }

  /** Makes the next {@code count} runs throw, as a job whose database is briefly away would. */
  public void failNext(int count) {
    failuresToCome.set(count);
  }

  public int ran() {
    return ran.get();
  }

  /**
   * Starts afresh: counts at zero, no failure to come, and no timer of an earlier test left to fire, such as the
   * container's second delivery of a timeout that failed (Payara delivers a failed timeout once more, 5 s later).
   */
  public void reset() {
    timers.getTimers().forEach(Timer::cancel);
    ran.set(0);
    failuresToCome.set(0);
  }

  @Timeout
  @OncePerSchedule(JOB)
  void run() {
    ran.incrementAndGet();
    if (failuresToCome.getAndDecrement() > 0) {
      throw new IllegalStateException("the probe fails as asked");
    }
  }
}
