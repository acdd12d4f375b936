package dk.jobbro.api.shared.schedule;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a scheduled job once per schedule across every instance of Jobbro that shares the database. Put it on an EJB
 * timeout method ({@code @Schedule(..., persistent = false)} or {@code @Timeout}): each instance's timer still fires,
 * the first to claim the run does the work, and the others skip it. With one instance down the others still run it.
 *
 * <ul>
 *   <li>A run is claimed per job and schedule minute, taken from the database's clock rounded to the nearest minute,
 *       so instances whose clocks differ by less than 30 seconds agree on it. Schedules must therefore be a minute
 *       apart or more; work that polls every few seconds claims its rows instead ({@code FOR UPDATE SKIP LOCKED}).</li>
 *   <li>A run that failed (threw) may be claimed again in the same minute (the container's retry, or another
 *       instance), one that succeeded may not. A run lost with its instance (killed mid-way) is made up by the next
 *       schedule, so a job must catch up on everything due, not only on what fell due since the last run.</li>
 *   <li>A job is switched off on an instance by MicroProfile Config {@code jobbro.jobs.<name>.enabled=false}: its
 *       timers there skip it without claiming the run.</li>
 * </ul>
 *
 * <p>The runs are kept in {@code scheduling.job_run} (job, minute, instance, start, end, outcome) for 90 days, which
 * is where an operator sees what ran where. The war implements it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OncePerSchedule {

  /** The job's name, unique in Jobbro (e.g. {@code "bonus-milestone-clock"}); it keys the runs. */
  @Nonbinding
  String value();
}
