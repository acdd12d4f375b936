package dk.jobbro.it.probe;

import dk.jobbro.api.caseload.events.CaseClosed;
import dk.jobbro.api.caseload.events.CaseMoved;
import dk.jobbro.api.caseload.events.CaseOpened;
import dk.jobbro.api.caseload.events.FirstOfferMet;
import dk.jobbro.api.caseload.events.OfferEnded;
import dk.jobbro.api.caseload.events.OfferStarted;
import dk.jobbro.api.caseload.events.PersonSelfSupporting;
import dk.jobbro.api.employers.events.BonusMilestoneReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only observer deployed beside the real WAR: records the events a module fires, as a consumer in another module
 * would see them — only after the transaction commits.
 */
@ApplicationScoped
public class EventProbe {

  private final List<Object> seen = new CopyOnWriteArrayList<>();

  void bonusReached(@Observes(during = TransactionPhase.AFTER_SUCCESS) BonusMilestoneReached e) {
    seen.add(e);
  }

  void opened(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseOpened e) {
    seen.add(e);
  }

  void firstOffer(@Observes(during = TransactionPhase.AFTER_SUCCESS) FirstOfferMet e) {
    seen.add(e);
  }

  void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferStarted e) {
    seen.add(e);
  }

  void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferEnded e) {
    seen.add(e);
  }

  void selfSupporting(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonSelfSupporting e) {
    seen.add(e);
  }

  void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseMoved e) {
    seen.add(e);
  }

  void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed e) {
    seen.add(e);
  }

  public List<Object> seen() {
    return List.copyOf(seen);
  }
}
