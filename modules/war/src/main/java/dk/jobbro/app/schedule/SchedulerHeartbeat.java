package dk.jobbro.app.schedule;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A job that runs every minute and only notes that it ran, and where: {@code scheduling.heartbeat} shows an operator
 * that the scheduled jobs are alive, and which instance of a cluster ran each minute. Its rows count executions (no
 * unique key), so it is also the evidence that {@link OncePerSchedule} runs a schedule once with several instances and
 * still runs while one is down: bench/cluster.sh counts them across its kill test. A week of rows is kept.
 */
@Singleton
public class SchedulerHeartbeat {

  @PersistenceContext
  EntityManager em;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @OncePerSchedule("scheduler-heartbeat")
  void beat() {
    em.createNativeQuery("delete from scheduling.heartbeat where slot < now() - interval '7 days'").executeUpdate();
    // the same minute the claim was made for (ScheduledRuns rounds the database's clock the same way)
    em.createNativeQuery("insert into scheduling.heartbeat (slot, instance)"
            + " values (date_trunc('minute', clock_timestamp() + interval '30 seconds'), ?1)")
        .setParameter(1, ScheduledRuns.INSTANCE).executeUpdate();
  }
}
