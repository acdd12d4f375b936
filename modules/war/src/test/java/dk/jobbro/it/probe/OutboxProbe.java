package dk.jobbro.it.probe;

import dk.jobbro.api.caseload.events.CaseOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Test-only: fires a real api event inside a transaction that then commits or rolls back, as a change that fails after
 * announcing itself would; the outbox must keep the event only when the transaction commits.
 */
@ApplicationScoped
public class OutboxProbe {

  @Inject
  Event<CaseOpened> opened;

  @Transactional
  public void openThen(UUID caseId, String kommune, boolean rollBack) {
    opened.fire(new CaseOpened(caseId, kommune, LocalDate.now(), Instant.now()));
    if (rollBack) {
      throw new IllegalStateException("the probe's change fails after firing its event");
    }
  }
}
