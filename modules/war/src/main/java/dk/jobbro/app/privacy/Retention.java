package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.privacy.ClosedCases;
import dk.jobbro.api.shared.privacy.ErasureItem;
import dk.jobbro.api.shared.privacy.ErasurePlan;
import dk.jobbro.api.shared.privacy.PersonalDataEraser;
import dk.jobbro.api.shared.time.ClockProducer;
import dk.jobbro.app.audit.AccessLogRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention rules applied: which personal data is due (the dry run) and its erasure, by every module's
 * {@link PersonalDataEraser} in one transaction, and the access log's deletion from the chain's beginning. The
 * periods are {@link RetentionSettings}; the schedule is {@link RetentionJobs}.
 */
@ApplicationScoped
public class Retention {


  @Inject
  RetentionSettings settings;

  @Inject
  ClosedCases closedCases;

  @Inject
  Instance<PersonalDataEraser> erasers;

  @Inject
  AccessLogRetention accessLog;

  @Inject
  PersonalDataErasure erasure;

  @Inject
  Clock clock;

  /** What would go now; changes nothing. {@code kommune} null for every kommune's items. */
  @Transactional
  public RetentionPreview preview(String kommune) {
    Instant now = clock.instant();
    ErasurePlan plan = plan(now);
    List<ErasureItem> items = new ArrayList<>();
    erasers.forEach(e -> items.addAll(e.due(plan)));
    Instant logCutoff = now.minus(settings.accessLog());
    return new RetentionPreview(settings.accessLog().toString(), settings.closedCase().toString(),
        settings.endedHandover().toString(), logCutoff, accessLog.due(logCutoff), plan.casesClosedOnOrBefore(),
        plan.handoversEndedBefore(),
        items.stream().filter(i -> kommune == null || kommune.equals(i.kommune())).toList());
  }

  /** Erases the personal data that is due, then deletes the access-log rows that are; each in a transaction. */
  public RetentionRun run() {
    List<ErasureItem> erased = erasure.erase(this::plan);
    long rows = accessLog.delete(clock.instant().minus(settings.accessLog()));
    return new RetentionRun(rows, erased);
  }

  /** The plan for a moment: the closed cases and handovers due then. */
  public ErasurePlan plan(Instant now) {
    LocalDate closedOnOrBefore = LocalDate.ofInstant(now.minus(settings.closedCase()), ClockProducer.DANISH_TIME);
    return new ErasurePlan(closedCases.dueForErasure(closedOnOrBefore), closedOnOrBefore,
        now.minus(settings.endedHandover()));
  }
}
