package dk.jobbro.app.metrics;

import dk.jobbro.api.handover.HandoverStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What a jobcentre manager watches, per kommune: active cases whose first company-oriented offer is overdue, and
 * handovers waiting in the kommune's inbox (by status). A scrape reads about 400 gauges; they all share one reading of
 * the database that is at most {@code jobbro.metrics.business-gauges.max-age} old (10 s), so a scrape costs at most
 * two grouped queries, however many kommuner and however many scrapers.
 */
@ApplicationScoped
public class BusinessGauges {

  /**
   * How stale a figure may be: 10 s by default, well under Prometheus' usual 15–60 s scrape interval, yet no query
   * per scrape. The test domain sets a second, so that a test need not wait long for what it wrote.
   */
  public static final String MAX_AGE_PROPERTY = "jobbro.metrics.business-gauges.max-age";

  private static final Logger LOG = Logger.getLogger(BusinessGauges.class.getName());

  static final Metadata OVERDUE = Metadata.builder().withName("jobbro.cases.first.offer.overdue")
      .withDescription("Active cases whose first company-oriented offer is past its legal latest date, by kommune")
      .build();
  static final Metadata WAITING = Metadata.builder().withName("jobbro.handovers.waiting")
      .withDescription("Handovers in a kommune's inbox not yet taken over, by kommune and status").build();

  @Inject
  MetricRegistry registry;

  @Inject
  Clock clock;

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = MAX_AGE_PROPERTY, defaultValue = "PT10S")
  Duration maxAge;

  private BusinessFigures figures;
  private boolean read;
  private long readAt;

  void register(@Observes @Initialized(ApplicationScoped.class) Object context) {
    BusinessFigures first = figures();
    if (first == null) {
      LOG.warning("Business gauges not registered: the database could not be read at deployment");
      return;
    }
    for (String kommune : first.overdue().keySet()) {
      Tag kode = new Tag("kommune", kommune);
      gauge(OVERDUE, f -> f.overdue(kommune), kode);
      for (HandoverStatus status : BusinessFigures.WAITING) {
        gauge(WAITING, f -> f.waiting(kommune, status), kode, new Tag("status", status.name()));
      }
    }
  }

  private void gauge(Metadata metadata, ToLongFunction<BusinessFigures> figure, Tag... tags) {
    registry.gauge(metadata, this, gauges -> {
      BusinessFigures current = gauges.figures();
      return current == null ? Double.NaN : (double) figure.applyAsLong(current);
    }, tags);
  }

  /** The last reading, read again when older than {@link #maxAge}; null while the database cannot be read. */
  synchronized BusinessFigures figures() {
    long now = System.nanoTime();
    if (!read || now - readAt > maxAge.toNanos()) {
      read = true; // also after a failure: a database outage is not hammered by every scrape
      readAt = now;
      try (Connection connection = dataSource.getConnection()) {
        figures = BusinessFigures.read(connection, LocalDate.now(clock));
      } catch (SQLException e) {
        figures = null;
        LOG.log(Level.WARNING, "Business gauges could not be read: {0}", e.getClass().getSimpleName());
      }
    }
    return figures;
  }
}
