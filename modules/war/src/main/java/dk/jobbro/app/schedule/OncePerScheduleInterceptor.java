package dk.jobbro.app.schedule;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;
import java.util.logging.Logger;

/** Lets a timeout marked {@link OncePerSchedule} through on the one instance that claims the run. */
@OncePerSchedule("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class OncePerScheduleInterceptor {

  private static final Logger LOG = Logger.getLogger(OncePerScheduleInterceptor.class.getName());

  @Inject
  ScheduledRuns runs;

  @AroundTimeout
  Object runIfClaimed(InvocationContext timeout) throws Exception {
    String job = jobName(timeout);
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
