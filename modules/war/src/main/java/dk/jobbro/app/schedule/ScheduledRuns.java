package dk.jobbro.app.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The claims on scheduled runs in {@code scheduling.job_run}. Each claim and each outcome commits on its own, before
 * and after the job's work, so the other instances see the claim at once, whatever the job's own transactions do.
 */
@ApplicationScoped
public class ScheduledRuns {

  /** Who ran it, as an operator finds it again: the Payara instance, its host and its process. */
  static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "payara") + "@" + hostName() + "/"
      + ProcessHandle.current().pid();

  @PersistenceContext
  EntityManager em;

  /** A run this instance holds: the job and the schedule minute it belongs to. */
  public record Claim(String job, Instant slot) {}

  /**
   * Claims this minute's run of a job: empty when another instance (or an earlier timer of this one) already did it
   * or is doing it. The minute is the database's clock rounded to the nearest one, the same for every instance.
   * Two claims at once meet on the primary key, and PostgreSQL lets exactly one insert through.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Claim> claim(String job) {
    em.createNativeQuery("delete from scheduling.job_run where job = ?1 and slot < now() - interval '90 days'")
        .setParameter(1, job).executeUpdate();
    List<?> claimed = em.createNativeQuery("""
            insert into scheduling.job_run (job, slot, instance, started_at)
            values (?1, date_trunc('minute', clock_timestamp() + interval '30 seconds'), ?2, clock_timestamp())
            on conflict (job, slot) do update
              set instance = excluded.instance, started_at = excluded.started_at, finished_at = null,
                  outcome = null, attempts = scheduling.job_run.attempts + 1
              where scheduling.job_run.outcome = 'FAILED'
            returning slot""", Instant.class)
        .setParameter(1, job).setParameter(2, INSTANCE).getResultList();
    return claimed.stream().findFirst().map(slot -> new Claim(job, (Instant) slot));
  }

  /** Records how a claimed run ended; a FAILED run may be claimed again. */
  @Transactional(TxType.REQUIRES_NEW)
  public void finish(Claim claim, boolean succeeded) {
    em.createNativeQuery("update scheduling.job_run set finished_at = clock_timestamp(), outcome = ?1"
            + " where job = ?2 and slot = ?3")
        .setParameter(1, succeeded ? "DONE" : "FAILED").setParameter(2, claim.job())
        .setParameter(3, claim.slot()).executeUpdate();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
