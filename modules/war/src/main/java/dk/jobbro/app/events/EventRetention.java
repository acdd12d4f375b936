package dk.jobbro.app.events;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes events and finished deliveries older than {@code jobbro.events.retention-days} (90) every hour, so the
 * outbox does not grow for ever. A client whose cursor is older than that resumes at the oldest event kept. Pending
 * deliveries and the events they need stay.
 */
@Singleton
public class EventRetention {

  private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

  @PersistenceContext
  EntityManager em;

  @Inject
  @ConfigProperty(name = "jobbro.events.retention-days", defaultValue = "90")
  int retentionDays;

  @Schedule(hour = "*", minute = "47", persistent = false)
  @OncePerSchedule("event-outbox-purge")
  void purge() {
    String age = retentionDays + " days";
    int deliveries = em.createNativeQuery("""
            delete from events.delivery
             where status <> 'PENDING' and created_at < clock_timestamp() - cast(?1 as interval)""")
        .setParameter(1, age).executeUpdate();
    // by position, oldest first: the primary key finds the first row to keep at once
    int events = em.createNativeQuery("""
            delete from events.outbox o
             where o.position < (select position from events.outbox
                                  where time >= clock_timestamp() - cast(?1 as interval)
                                  order by position limit 1)
               and not exists (select 1 from events.delivery d where d.outbox_position = o.position)""")
        .setParameter(1, age).executeUpdate();
    if (deliveries + events > 0) {
      LOG.info(() -> "Purged " + events + " events and " + deliveries + " deliveries older than " + age);
    }
  }
}
