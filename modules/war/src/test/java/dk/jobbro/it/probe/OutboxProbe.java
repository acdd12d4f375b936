package dk.jobbro.it.probe;

import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.employers.events.VacancyOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Test-only: fires a real api event inside a transaction that then commits or rolls back, as a change that fails after
 * announcing itself would; the outbox must keep the event only when the transaction commits.
 */
@ApplicationScoped
public class OutboxProbe {

  /**
   * A vacancy event: the outbox is its only observer. (A CaseOpened for a case that does not exist would be refused
   * by caseload's tasks and journal, which need the case, and the probe's commit would fail for another reason.)
   */
  @Inject
  Event<VacancyOpened> opened;

  @Transactional
  public void openThen(UUID caseId, String kommune, boolean rollBack) {
    opened.fire(new VacancyOpened(caseId, kommune, UUID.randomUUID(), "2411", OfferType.VIRKSOMHEDSPRAKTIK, 1, false));
    if (rollBack) {
      throw new IllegalStateException("the probe's change fails after firing its event");
    }
  }
}
