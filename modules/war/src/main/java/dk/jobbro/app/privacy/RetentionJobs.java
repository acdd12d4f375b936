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
  @OncePerSchedule("personal-data-retention")
  void erasePersonalData() {
    erasure.erase(retention::plan);
  }

  @Schedule(hour = "3", minute = "27", persistent = false)
  @OncePerSchedule("access-log-retention")
  void deleteAccessLog() {
    accessLog.delete(clock.instant().minus(settings.accessLog()));
  }
}
