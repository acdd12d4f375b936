package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.FirstOfferStatus;
import dk.jobbro.api.caseload.NewOffer;
import dk.jobbro.api.caseload.OfferEnd;
import dk.jobbro.api.caseload.OfferService;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.caseload.OfferView;
import dk.jobbro.api.caseload.events.FirstOfferMet;
import dk.jobbro.api.caseload.events.OfferEnded;
import dk.jobbro.api.caseload.events.OfferStarted;
import dk.jobbro.api.employers.EmployerService;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Offers on the caller's kommune's cases; the first company-oriented offer stops the first-offer clock from its start
 * date. An offer registered in advance is PLANNED: OfferStarted (and FirstOfferMet) fire on its start date, by the
 * {@link OfferStartClock} when that lies ahead, and it can be cancelled until then.
 */
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

  @Inject
  EmployerService employers;

  @Override
  public OfferView add(UUID caseId, NewOffer n) {
    return create(caseId, n, false);
  }

  @Override
  public OfferView addIgu(UUID caseId, NewOffer n) {
    if (n.type() != OfferType.IGU) {
      throw new IllegalArgumentException("addIgu takes IGU offers only");
    }
    return create(caseId, n, true);
  }

  private OfferView create(UUID caseId, NewOffer n, boolean fromPlacement) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    if (!fromPlacement) {
      if (n.type() == OfferType.IGU) {
        // the placement checks the person's eligibility and the company, and owns the bonus and the forløb's dates
        throw ProblemException.invalidField("type", "an IGU offer arises only from an IGU placement: the company "
            + "consultant registers it with POST /api/v1/igu-placements, which gives the case its IGU offer");
      }
      if (n.employerCvr() != null && !employers.isRegistered(Cvr.parse(n.employerCvr()).value())) {
        throw ProblemException.invalidField("employerCvr", "names no company in the employer register; the company "
            + "consultant registers it first (POST /api/v1/employers)");
      }
    }
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
    LocalDate today = lookup.today();
    boolean startsNow = !offer.startDate().isAfter(today);
    if (startsNow) {
      offer.announceStart(); // marked before it is persisted: inserted announced, not inserted and then updated
    }
    cases.add(offer);
    boolean first = n.type().isCompanyOriented() && c.noteCompanyOrientedOffer(n.startDate());
    if (startsNow) {
      announceStart(offer, c, first, today);
    }
    cases.flush();
    return CaseViews.offer(offer, today);
  }

  /**
   * Fires OfferStarted for an offer whose start date has come, and FirstOfferMet when it is the case's first
   * company-oriented offer; marks it announced so it fires once. Registration calls it for a start on or before today,
   * the OfferStartClock on the start date for the rest.
   */
  public void announceStart(Offer offer, CaseFile c, boolean first, LocalDate today) {
    offer.announceStart();
    offerStarted.fire(new OfferStarted(offer.id(), c.id(), c.kommune().value(), offer.type(), offer.startDate(),
        offer.employerCvr()));
    if (first) {
      FirstOfferStatus status = FirstOfferClock.status(c.firstOfferTargetDate(), c.firstOfferLatestDate(),
          c.firstOfferDate(), today, lookup.dueSoonDays());
      firstOfferMet.fire(new FirstOfferMet(c.id(), c.kommune().value(), c.takeoverDate(), c.firstOfferDate(), status));
    }
  }

  /**
   * Calls a planned offer off. When it was the case's first company-oriented offer, the first-offer clock reopens:
   * the next offer that still counts becomes the first, or none. An IGU offer belongs to its placement and is not
   * cancelled here.
   */
  public OfferView cancel(UUID caseId, UUID offerId, IfMatch version, OfferCancellation cancellation) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    cases.lockForChange(c);
    Offer offer = offerOf(c, offerId);
    Versions.require(offer.version(), version);
    if (offer.type() == OfferType.IGU) {
      throw ProblemException.conflict("An IGU offer belongs to its IGU placement; the company consultant ends the "
          + "placement instead.");
    }
    LocalDate today = lookup.today();
    Checks.asField("offerId", () -> offer.cancel(today, cancellation.reason(), caller.subject()));
    if (offer.type().isCompanyOriented()) {
      cases.flush();
      c.recountFirstOffer(cases.earliestCompanyOrientedStart(c.id()));
    }
    cases.flush();
    return CaseViews.offer(offer, today);
  }

  @Override
  public Optional<LocalDate> lastOrdinaryJobEnd(UUID caseId, String employerCvr, LocalDate before) {
    CaseFile c = lookup.visible(caseId, "READ");
    LocalDate dayBefore = before.minusDays(1);
    return cases.ordinaryJobsAt(c.id(), Cvr.parse(employerCvr).value(), before).stream()
        .map(o -> o.endDate() == null || o.endDate().isAfter(dayBefore) ? dayBefore : o.endDate())
        .max(Comparator.naturalOrder());
  }

  @Override
  public List<OfferView> list(UUID caseId) {
    CaseFile c = lookup.visible(caseId, "READ");
    LocalDate today = lookup.today();
    return cases.offers(c.id()).stream().map(o -> CaseViews.offer(o, today)).toList();
  }

  @Override
  public OfferView get(UUID caseId, UUID offerId) {
    return CaseViews.offer(offerOf(lookup.visible(caseId, "READ"), offerId), lookup.today());
  }

  @Override
  public OfferView end(UUID caseId, UUID offerId, IfMatch version, OfferEnd end) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    Offer offer = offerOf(c, offerId);
    Versions.require(offer.version(), version);
    Checks.asField("endDate", () -> offer.endOn(end.endDate()));
    cases.flush();
    offerEnded.fire(new OfferEnded(offer.id(), c.id(), offer.kommuneKode(), offer.type(), end.endDate()));
    return CaseViews.offer(offer, lookup.today());
  }

  private Offer offerOf(CaseFile c, UUID offerId) {
    return cases.offers(c.id()).stream().filter(o -> o.id().equals(offerId)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("The offer"));
  }
}
