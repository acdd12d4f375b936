package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import dk.jobbro.app.audit.AccessLogRetention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The retention jobs' schedule: every night, once across all instances. Each run catches up on everything due, so
 * a night lost with its instance is made up the next. Personal data first (it may write nothing to the log), then the
 * access log.
 */
@Singleton
public class RetentionJobs {

  /** The job names, by which {@code jobbro.jobs.<job>.enabled} switches a job off (OncePerScheduleInterceptor). */
  public static final String PERSONAL_DATA_JOB = "personal-data-retention";
  public static final String ACCESS_LOG_JOB = "access-log-retention";

  @Inject
  Retention retention;

  @Inject
  PersonalDataErasure erasure;

  @Inject
  AccessLogRetention accessLog;

  @Inject
  RetentionSettings settings;

  @Inject
  Clock clock;

  @Schedule(hour = "3", minute = "17", persistent = false)
  @OncePerSchedule(PERSONAL_DATA_JOB)
  void erasePersonalData() {
    erasure.erase(retention::plan);
  }

  @Schedule(hour = "3", minute = "27", persistent = false)
  @OncePerSchedule(ACCESS_LOG_JOB)
  void deleteAccessLog() {
    accessLog.delete(clock.instant().minus(settings.accessLog()));
  }
}
