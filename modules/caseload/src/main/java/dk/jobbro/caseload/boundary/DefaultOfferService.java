package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.FirstOfferStatus;
import dk.jobbro.api.caseload.NewOffer;
import dk.jobbro.api.caseload.OfferEnd;
import dk.jobbro.api.caseload.OfferService;
import dk.jobbro.api.caseload.OfferView;
import dk.jobbro.api.caseload.events.FirstOfferMet;
import dk.jobbro.api.caseload.events.OfferEnded;
import dk.jobbro.api.caseload.events.OfferStarted;
import dk.jobbro.api.shared.Cvr;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.CaseViews;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.caseload.control.FirstOfferClock;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.Offer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Offers on the caller's kommune's cases; the first company-oriented offer stops the first-offer clock. */
@ApplicationScoped
@Transactional
public class DefaultOfferService implements OfferService {

  static final double MAX_HOURS_PER_WEEK = 60;

  @Inject
  CaseRepository cases;

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @Inject
  Event<OfferStarted> offerStarted;

  @Inject
  Event<OfferEnded> offerEnded;

  @Inject
  Event<FirstOfferMet> firstOfferMet;

  @Override
  public OfferView add(UUID caseId, NewOffer n) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    // an offer may change the case (its first-offer clock); parallel offers take turns instead of failing
    cases.lockForChange(c);
    Checks.asField("caseId", c::requireActive);
    if (n.type().isEmployerRequired() && n.employerCvr() == null) {
      throw ProblemException.invalidField("employerCvr", "is required for " + n.type());
    }
    if (n.endDate() != null && n.endDate().isBefore(n.startDate())) {
      throw ProblemException.invalidField("endDate", "must not be before startDate");
    }
    if (n.hoursPerWeek() != null && (n.hoursPerWeek() <= 0 || n.hoursPerWeek() > MAX_HOURS_PER_WEEK)) {
      throw ProblemException.invalidField("hoursPerWeek", "must be above 0 and at most 60");
    }
    Offer offer = new Offer(c, n.type(), n.startDate(), n.endDate(),
        n.hoursPerWeek() == null ? null : BigDecimal.valueOf(n.hoursPerWeek()),
        n.employerCvr() == null ? null : Cvr.parse(n.employerCvr()), caller.subject());
    cases.add(offer);
    boolean first = n.type().isCompanyOriented() && c.noteCompanyOrientedOffer(n.startDate());
    cases.flush();
    offerStarted.fire(new OfferStarted(offer.id(), c.id(), c.kommune().value(), offer.type(), offer.startDate(),
        offer.employerCvr()));
    if (first) {
      FirstOfferStatus status = FirstOfferClock.status(c.firstOfferTargetDate(), c.firstOfferLatestDate(),
          c.firstOfferDate(), lookup.today(), lookup.dueSoonDays());
      firstOfferMet.fire(new FirstOfferMet(c.id(), c.kommune().value(), c.takeoverDate(), c.firstOfferDate(), status));
    }
    return CaseViews.offer(offer);
  }

  @Override
  public List<OfferView> list(UUID caseId) {
    CaseFile c = lookup.visible(caseId, "READ");
    return cases.offers(c.id()).stream().map(CaseViews::offer).toList();
  }

  @Override
  public OfferView get(UUID caseId, UUID offerId) {
    return CaseViews.offer(offerOf(lookup.visible(caseId, "READ"), offerId));
  }

  @Override
  public OfferView end(UUID caseId, UUID offerId, IfMatch version, OfferEnd end) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    Offer offer = offerOf(c, offerId);
    Versions.require(offer.version(), version);
    Checks.asField("endDate", () -> offer.endOn(end.endDate()));
    cases.flush();
    offerEnded.fire(new OfferEnded(offer.id(), c.id(), offer.kommuneKode(), offer.type(), end.endDate()));
    return CaseViews.offer(offer);
  }

  private Offer offerOf(CaseFile c, UUID offerId) {
    return cases.offers(c.id()).stream().filter(o -> o.id().equals(offerId)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("The offer"));
  }
}
