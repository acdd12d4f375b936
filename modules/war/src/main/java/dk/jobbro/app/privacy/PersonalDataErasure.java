package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.privacy.ErasureItem;
import dk.jobbro.api.shared.privacy.ErasurePlan;
import dk.jobbro.api.shared.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Every module's erasure of the personal data that is due, in one transaction: all of it or none, so a case is never
 * left anonymised in caseload while another module still holds the person's data.
 */
@ApplicationScoped
public class PersonalDataErasure {

  private static final Logger LOG = Logger.getLogger(PersonalDataErasure.class.getName());

  @Inject
  Instance<PersonalDataEraser> erasers;

  @Inject
  Clock clock;

  /** Erases what the plan for now names; returns what went. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ErasureItem> erase(Function<Instant, ErasurePlan> planFor) {
    ErasurePlan plan = planFor.apply(clock.instant());
    List<ErasureItem> erased = new ArrayList<>();
    erasers.forEach(e -> erased.addAll(e.erase(plan)));
    if (!erased.isEmpty()) {
      LOG.info(() -> "Retention erased " + erased.size() + " records (" + plan.cases().size() + " closed cases)");
    }
    return erased;
  }
}
