package dk.jobbro.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the JVM is in a state only a restart ends: threads in a deadlock (they never let go, and every request
 * that needs their locks hangs behind them), or an old generation that is still almost full right after a garbage
 * collection (the heap is exhausted; the JVM spends its time collecting and heads for OutOfMemoryError).
 *
 * <p>Deliberately not here: the database, the JWT configuration and the hash keys. A restart cures none of them, and a
 * PostgreSQL outage would otherwise make the orchestrator restart every Jobbro instance at once. They are readiness.
 */
@Liveness
@ApplicationScoped
public class JvmLiveness implements HealthCheck {

  /** Old generation still this full after a collection means the live data no longer fits in the heap. */
  static final int HEAP_AFTER_GC_LIMIT_PERCENT = 95;

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    int deadlockedThreads = deadlocked == null ? 0 : deadlocked.length;
    int heapAfterGc = oldGenerationPercentAfterGc().orElse(0);
    return HealthCheckResponse.named("jvm")
        .withData("deadlockedThreads", deadlockedThreads)
        .withData("heapAfterGcPercent", heapAfterGc)
        .status(deadlockedThreads == 0 && heapAfterGc < HEAP_AFTER_GC_LIMIT_PERCENT)
        .build();
  }

  /**
   * How full the old generation was right after its last collection, in percent of its maximum; empty before the
   * first one. The old generation is the collected heap pool with the largest maximum (G1 Old Gen, PS Old Gen, Tenured
   * Gen): young pools are nearly empty after a collection anyway, and a survivor space may be full by design.
   */
  static Optional<Integer> oldGenerationPercentAfterGc() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
        .filter(pool -> pool.getUsage().getMax() > 0)
        .max(Comparator.comparingLong(pool -> pool.getUsage().getMax()))
        .map(MemoryPoolMXBean::getCollectionUsage)
        .filter(usage -> usage != null && usage.getUsed() > 0)
        .map(JvmLiveness::percent);
  }

  static int percent(MemoryUsage usage) {
    long max = usage.getMax() > 0 ? usage.getMax() : usage.getCommitted();
    return (int) (100 * usage.getUsed() / max);
  }
}
