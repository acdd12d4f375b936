package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.schedule.OncePerSchedule;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.Offer;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Announces offers registered in advance on their start date: OfferStarted, and FirstOfferMet when the offer is the
 * case's first company-oriented one. The first-offer status itself needs no job (it compares the start with today);
 * this is for the observers, which should hear of an offer when it happens, not when it was planned. Runs for all
 * kommuner (no caller) and catches up on every start that was missed (a night the job did not run).
 */
@Singleton
public class OfferStartClock {

  private static final Logger LOG = Logger.getLogger(OfferStartClock.class.getName());

  @Inject
  CaseRepository cases;

  @Inject
  DefaultOfferService offers;

  @Inject
  Clock clock;

  @Schedule(hour = "0", minute = "15", timezone = "Europe/Copenhagen", persistent = false)
  @OncePerSchedule("offer-start-clock")
  void nightly() {
    int announced = announceDue(LocalDate.now(clock));
    if (announced > 0) {
      LOG.info(() -> "Announced the start of " + announced + " offers");
    }
  }

  /** Announces every offer whose start date has come by {@code today}, in one transaction; answers how many. */
  public int announceDue(LocalDate today) {
    int announced = 0;
    Set<UUID> met = new HashSet<>(); // two first offers starting the same day meet the duty once
    for (Offer offer : cases.startedUnannounced(today)) {
      CaseFile c = cases.find(offer.caseId()).orElseThrow();
      boolean first = offer.type().isCompanyOriented() && offer.startDate().equals(c.firstOfferDate())
          && met.add(c.id());
      offers.announceStart(offer, c, first, today);
      announced++;
    }
    return announced;
  }
}
