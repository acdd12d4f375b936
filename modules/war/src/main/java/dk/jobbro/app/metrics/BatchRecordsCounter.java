package dk.jobbro.app.metrics;

import dk.jobbro.api.handover.BatchResult;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the records of handover batch imports by outcome, so an operator sees the import rate as
 * {@code rate(jobbro_handover_batch_records_total[5m])}. It reads the answer the batch operation gives (the published
 * {@link BatchResult} of {@code api}), which keeps the handover module free of metrics. A replayed answer (a retry
 * under the same Idempotency-Key) imported nothing and is not counted.
 */
@Provider
@Priority(OperationMetrics.PRIORITY)
@ApplicationScoped
public class BatchRecordsCounter implements ContainerResponseFilter {

  static final Metadata RECORDS = Metadata.builder().withName("jobbro.handover.batch.records")
      .withDescription("Handover records processed by batch imports, by outcome (created, duplicate, rejected)")
      .build();

  /** The header the handover batch operation sets on a replayed answer. */
  static final String REPLAYED = "Idempotent-Replayed";

  @Inject
  MetricRegistry registry;

  /** At deployment, so the counters exist (at 0) before the first batch and a rate has a starting point. */
  void register(@Observes @Initialized(ApplicationScoped.class) Object context) {
    for (BatchResult.Outcome outcome : BatchResult.Outcome.values()) {
      counter(outcome);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof BatchResult result && !response.getHeaders().containsKey(REPLAYED)) {
      counter(BatchResult.Outcome.CREATED).inc(result.created());
      counter(BatchResult.Outcome.DUPLICATE).inc(result.duplicates());
      counter(BatchResult.Outcome.REJECTED).inc(result.rejected());
    }
  }

  private Counter counter(BatchResult.Outcome outcome) {
    return registry.counter(RECORDS, new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)));
  }
}
