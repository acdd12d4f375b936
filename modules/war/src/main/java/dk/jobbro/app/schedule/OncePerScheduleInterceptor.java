package dk.jobbro.app.schedule;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets a timeout marked {@link OncePerSchedule} through on the one instance that claims the run, unless the job is
 * switched off there.
 *
 * <p>MicroProfile Config {@code jobbro.jobs.<job>.enabled} (default {@code true}): {@code false} switches the job off
 * on every instance that sees the setting. Its timers still fire, and skip it before claiming the run, so an instance
 * that has it on still runs it; calls that do the same work directly (a retention run asked for over the API) are not
 * scheduled runs and are not affected. The test domain switches off the nightly retention jobs this way: run against
 * the probe deployment's retention periods of seconds, they would erase what the tests count.
 */
@OncePerSchedule("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class OncePerScheduleInterceptor {

  private static final Logger LOG = Logger.getLogger(OncePerScheduleInterceptor.class.getName());

  @Inject
  ScheduledRuns runs;

  /** The setting that switches {@code job} off when false. */
  public static String enabledProperty(String job) {
    return "jobbro.jobs." + job + ".enabled";
  }

  @AroundTimeout
  Object runIfClaimed(InvocationContext timeout) throws Exception {
    String job = jobName(timeout);
    if (!switchedOn(job)) {
      // read at every firing, so a changed setting counts from the next run; said each time, as a job switched off
      // by mistake (the nightly retention, say) must not go unnoticed
      LOG.info(() -> "Scheduled job " + job + " is switched off here (" + enabledProperty(job) + "=false)");
      return null;
    }
    Optional<ScheduledRuns.Claim> claim = runs.claim(job);
    if (claim.isEmpty()) {
      LOG.fine(() -> "Scheduled job " + job + ": this run is another instance's");
      return null;
    }
    boolean succeeded = false;
    try {
      Object result = timeout.proceed();
      succeeded = true;
      return result;
    } finally {
      runs.finish(claim.get(), succeeded);
    }
  }

  private static boolean switchedOn(String job) {
    return ConfigProvider.getConfig().getOptionalValue(enabledProperty(job), Boolean.class).orElse(true);
  }

  /** The name on the timeout method, else on its class. */
  private static String jobName(InvocationContext timeout) {
    OncePerSchedule onMethod = timeout.getMethod().getAnnotation(OncePerSchedule.class);
    OncePerSchedule binding = onMethod != null ? onMethod
        : timeout.getMethod().getDeclaringClass().getAnnotation(OncePerSchedule.class);
    if (binding == null || binding.value().isBlank()) {
      throw new IllegalStateException("@OncePerSchedule needs a job name on " + timeout.getMethod());
    }
    return binding.value();
  }
}
