package dk.jobbro.handover.boundary;

import dk.jobbro.api.caseload.events.TakeoverAgreed;
import dk.jobbro.handover.control.HandoverRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The kommune agreed an earlier takeover on a case opened from a handover: the handover shows the takeover date that
 * holds, not the expected one it was taken over with (and so do the dependants taken over with it). Synchronous, in
 * the transaction of the change.
 */
@ApplicationScoped
public class AgreedTakeovers {

  @Inject
  HandoverRepository handovers;

  void onTakeoverAgreed(@Observes TakeoverAgreed agreed) {
    handovers.ofCase(agreed.caseId()).forEach(h -> h.takeoverAgreed(agreed.takeoverDate()));
  }
}
