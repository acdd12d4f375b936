package dk.jobbro.app.metrics;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Reads Payara's monitoring statistics of the JDBC connection pool behind a JNDI resource, as Payara publishes them
 * in its AMX MBeans ({@code amx:...,type=jdbc-connection-pool-mon,name=resources/<pool>}). They exist only when AMX is
 * enabled and the jdbc-connection-pool monitoring level is not OFF (server-config/jobbro.asadmin sets both); until
 * then every figure is NaN, which Prometheus shows as a gap rather than as a reassuring zero.
 */
final class PoolStatistics {

  private static final Logger LOG = Logger.getLogger(PoolStatistics.class.getName());

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final String jndiName;
  private volatile ObjectName monitor;
  private volatile boolean warned;

  PoolStatistics(String jndiName) {
    this.jndiName = jndiName;
  }

  /** The current value of a range statistic ({@code numconnused}, {@code numconnfree}). */
  double current(String statistic) {
    return read(statistic, "current");
  }

  /** The highest value a range statistic has had since monitoring started. */
  double highWaterMark(String statistic) {
    return read(statistic, "highWaterMark");
  }

  /** The value of a count statistic ({@code numconnacquired}, {@code waitqueuelength}, ...). */
  double count(String statistic) {
    return read(statistic, "count");
  }

  private double read(String statistic, String field) {
    try {
      ObjectName name = monitor();
      if (name != null && server.getAttribute(name, statistic) instanceof CompositeData data
          && data.get(field) instanceof Number value) {
        return value.doubleValue();
      }
    } catch (JMException e) {
      monitor = null; // the pool was recreated (a changed pool setting): look it up again next time
    }
    return Double.NaN;
  }

  private ObjectName monitor() throws JMException {
    ObjectName known = monitor;
    if (known != null) {
      return known;
    }
    Set<ObjectName> resources = server.queryNames(
        new ObjectName("amx:type=jdbc-resource,name=" + jndiName + ",*"), null);
    ObjectName found = null;
    if (!resources.isEmpty()) {
      Object pool = server.getAttribute(resources.iterator().next(), "PoolName");
      Set<ObjectName> monitors = server.queryNames(
          new ObjectName("amx:type=jdbc-connection-pool-mon,name=resources/" + pool + ",*"), null);
      found = monitors.isEmpty() ? null : monitors.iterator().next();
    }
    if (found == null && !warned) {
      warned = true;
      LOG.warning(() -> "No monitoring statistics for the connection pool of " + jndiName + ": the jobbro_db_pool_* "
          + "metrics stay NaN until AMX is enabled and the jdbc-connection-pool monitoring level is HIGH "
          + "(see server-config/jobbro.asadmin)");
    }
    monitor = found;
    return found;
  }
}
