package dk.jobbro.app.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The database connection pool behind {@code jdbc/jobbro}, in the application scope next to the operations that use
 * it: how many connections are lent out and idle, how many requests queue for one and how long they wait. Payara's
 * own vendor metrics for pools only count used and free connections, and only while its separate HealthCheck service
 * runs; its monitoring statistics have the rest.
 */
@ApplicationScoped
public class ConnectionPoolGauges {

  /** The JNDI name every part of Jobbro uses for its database; the pool behind it is the operator's choice. */
  static final String DATASOURCE = "jdbc/jobbro";

  @Inject
  MetricRegistry registry;

  void register(@Observes @Initialized(ApplicationScoped.class) Object context) {
    PoolStatistics pool = new PoolStatistics(DATASOURCE);
    gauge(pool, "jobbro.db.pool.connections.used", MetricUnits.NONE,
        "Connections lent out to requests right now", p -> p.current("numconnused"));
    gauge(pool, "jobbro.db.pool.connections.peak", MetricUnits.NONE,
        "The most connections lent out at once since monitoring started", p -> p.highWaterMark("numconnused"));
    gauge(pool, "jobbro.db.pool.connections.free", MetricUnits.NONE,
        "Idle connections in the pool right now", p -> p.current("numconnfree"));
    gauge(pool, "jobbro.db.pool.wait.queue", MetricUnits.NONE,
        "Requests waiting for a connection right now", p -> p.count("waitqueuelength"));
    // Payara reports milliseconds; converted here because Payara's own conversion turns NaN into 0.
    gauge(pool, "jobbro.db.pool.wait.time.average", MetricUnits.SECONDS,
        "Average time a request waited for a connection", p -> p.count("averageconnwaittime") / 1000);
    gauge(pool, "jobbro.db.pool.acquired", MetricUnits.NONE,
        "Connections handed out since monitoring started (a running count: use rate())",
        p -> p.count("numconnacquired"));
    gauge(pool, "jobbro.db.pool.timeouts", MetricUnits.NONE,
        "Requests that gave up waiting for a connection since monitoring started (a running count)",
        p -> p.count("numconntimedout"));
  }

  private void gauge(PoolStatistics pool, String name, String unit, String description,
      ToDoubleFunction<PoolStatistics> figure) {
    Metadata metadata = Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    registry.gauge(metadata, pool, p -> figure.applyAsDouble(p), new Tag("datasource", DATASOURCE));
  }
}
