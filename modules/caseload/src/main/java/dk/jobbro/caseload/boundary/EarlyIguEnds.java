package dk.jobbro.caseload.boundary;

import dk.jobbro.api.employers.events.IguEnded;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.entity.Offer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps the one-IGU rule right when an IGU stops early: the employers module ends the case's IGU offer and then fires
 * {@link IguEnded} in the same transaction; the offer is marked as ended early, so the person may still start (and
 * complete) another IGU. A completed IGU fires IguCompleted instead and keeps counting.
 */
@ApplicationScoped
public class EarlyIguEnds {

  @Inject
  CaseRepository cases;

  void onIguEnded(@Observes IguEnded ended) {
    cases.iguOffersEndingOn(ended.caseId(), ended.endDate()).forEach(Offer::markEndedEarly);
  }
}
